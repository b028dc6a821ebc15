import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createOntapClient, getVolume, ontapClientFromEnv } from '@fsxn-s3ap/shared/ontap';
import { startLocalOntap, takesOntap } from '../../../src/local/ontap';
import { listDataFiles } from '../../../src/local/seed';
import { SEED } from './seed-fixture';

describe('takesOntap', () => {
  it('needs all four ONTAP parameters', () => {
    // Assess
    expect(takesOntap(['OntapSecretName', 'OntapManagementIp', 'SvmUuid', 'VolumeUuid', 'Other'])).toBe(true);
    expect(takesOntap(['OntapSecretName', 'OntapManagementIp', 'SvmUuid'])).toBe(false);
  });
});

describe('startLocalOntap', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'local-ontap-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the data folder seed, which seeding skips, and functions reach it through the secret and the CA file', async () => {
    // Prepare
    mkdirSync(path.join(dir, '.ontap'));
    writeFileSync(path.join(dir, '.ontap', 'acls.json'), JSON.stringify(SEED));
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    const local = await startLocalOntap(dir);

    try {
      // Act: what a function does with the variables the runtime gives it.
      const env = {
        ONTAP_MANAGEMENT_IP: local.params.OntapManagementIp,
        ONTAP_SECRET_NAME: local.params.OntapSecretName,
        ...local.environment,
      };
      const secrets = new SecretsManagerClient({
        endpoint: local.environment.AWS_ENDPOINT_URL_SECRETS_MANAGER,
        region: 'us-east-1',
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      });
      const client = await ontapClientFromEnv({ env, secrets });
      const volume = await getVolume(client, local.params.VolumeUuid ?? '');
      secrets.destroy();

      // Assess
      expect(local.params).toMatchObject({ SvmUuid: 'svm-1111', VolumeUuid: 'vol-2222' });
      expect(volume.name).toBe('vol1');
      expect(readFileSync(local.environment.ONTAP_CA_BUNDLE ?? '', 'utf8')).toContain('BEGIN CERTIFICATE');
      expect(listDataFiles(dir).map((file) => file.key)).toEqual(['a.txt']);
    } finally {
      await local.stop();
    }
    expect(existsSync(local.environment.ONTAP_CA_BUNDLE ?? '')).toBe(false);
  });

  it('starts an empty SVM and volume without a seed', async () => {
    // Act
    const local = await startLocalOntap(dir);
    const client = createOntapClient({
      baseUrl: local.simulator.url,
      credentials: {
        username: local.simulator.username,
        password: local.simulator.password,
        caBundle: local.simulator.caPem,
      },
    });
    const volume = await getVolume(client, local.params.VolumeUuid ?? '').finally(() => local.stop());

    // Assess
    expect(volume.nas?.path).toBe('/vol_local');
  });
});
