import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ontapClientFromEnv } from '@fsxn-s3ap/shared/ontap';
import { mockClient } from 'aws-sdk-client-mock';
import { type FakeOntap, startFakeOntap } from './fake-ontap-server';

const secrets = mockClient(SecretsManagerClient);

describe('ontapClientFromEnv', () => {
  let dir: string;

  beforeEach(() => {
    secrets.reset();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ontap-env-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the secret and passes the CA bundle file to the transport, over https', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand, { SecretId: 'ontap' }).resolves({
      SecretString: JSON.stringify({ username: 'u', password: 'p', ca_bundle: 'SECRET-CA' }),
    });
    const caFile = path.join(dir, 'ca.pem');
    writeFileSync(caFile, 'FILE-CA');
    const seen: { url: string; authorization?: string }[] = [];

    // Act
    const client = await ontapClientFromEnv({
      env: { ONTAP_MANAGEMENT_IP: '10.0.0.10', ONTAP_SECRET_NAME: 'ontap', ONTAP_CA_BUNDLE: caFile },
      secrets: new SecretsManagerClient({}),
      transport: async (request) => {
        seen.push({ url: request.url, authorization: request.headers.authorization });
        return { status: 200, body: '{"name":"c1"}' };
      },
    });
    await client.get('/api/cluster');

    // Assess
    expect(seen).toEqual([
      { url: 'https://10.0.0.10/api/cluster', authorization: `Basic ${Buffer.from('u:p').toString('base64')}` },
    ]);
  });

  it.each([
    [{ ONTAP_SECRET_NAME: 'ontap' }, 'ONTAP_MANAGEMENT_IP is not set'],
    [{ ONTAP_MANAGEMENT_IP: '10.0.0.10' }, 'ONTAP_SECRET_NAME is not set'],
  ])('names a missing variable (%j)', async (env, message) => {
    // Act
    const failure = ontapClientFromEnv({ env, secrets: new SecretsManagerClient({}) });

    // Assess
    await expect(failure).rejects.toMatchObject({ name: 'ConfigError', message });
  });

  it('names a CA bundle file that cannot be read', async () => {
    // Prepare
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ username: 'u', password: 'p' }) });

    // Act
    const failure = ontapClientFromEnv({
      env: { ONTAP_MANAGEMENT_IP: 'h', ONTAP_SECRET_NAME: 's', ONTAP_CA_BUNDLE: path.join(dir, 'missing.pem') },
      secrets: new SecretsManagerClient({}),
    });

    // Assess
    await expect(failure).rejects.toMatchObject({ name: 'ConfigError' });
    await expect(failure).rejects.toThrow('missing.pem');
  });

  it('trusts the CA bundle file for a real TLS handshake and never disables verification', async () => {
    // Prepare: a plain-http fake cannot speak TLS, so the client reports the failed handshake without retrying forever.
    const fake: FakeOntap = await startFakeOntap();
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ username: 'u', password: 'p' }) });
    const client = await ontapClientFromEnv({
      env: { ONTAP_MANAGEMENT_IP: fake.baseUrl.replace('http://', ''), ONTAP_SECRET_NAME: 's' },
      secrets: new SecretsManagerClient({}),
      maxAttempts: 1,
    });

    // Act
    const failure = await client.get('/api/cluster').catch((caught: unknown) => caught);
    await fake.stop();

    // Assess
    expect((failure as Error).name).toBe('OntapUnavailableError');
    expect(fake.requests).toHaveLength(0);
  });
});
