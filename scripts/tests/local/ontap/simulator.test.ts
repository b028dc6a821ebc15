import {
  createOntapClient,
  getFileSecurity,
  getSvm,
  getVolume,
  listCifsShares,
  listExportPolicies,
  listLocalUsers,
  OntapApiError,
  OntapNotFoundError,
  OntapUnavailableError,
  waitForJob,
} from '@fsxn-s3ap/shared/ontap';
import { type OntapSimulator, startOntapSimulator } from '../../../src/local/ontap';
import { SEED } from './seed-fixture';

const noWait = async () => {};

describe('the local ONTAP simulator', () => {
  let sim: OntapSimulator;

  beforeAll(async () => {
    sim = await startOntapSimulator({ seed: SEED, faults: [{ path: '/api/svm/svms', status: 503, times: 1 }] });
  });

  afterAll(async () => {
    await sim.stop();
  });

  const client = () =>
    createOntapClient({
      baseUrl: sim.url,
      credentials: { username: sim.username, password: sim.password, caBundle: sim.caPem },
      sleep: noWait,
    });

  it('serves the SVM, the volume, shares, export policies and local users over TLS trusted through the CA', async () => {
    // Act (the first SVM request meets a simulated 503 and is retried)
    const ontap = client();
    const svm = await getSvm(ontap, 'svm-1111');
    const volume = await getVolume(ontap, 'vol-2222');
    const shares = await listCifsShares(ontap, 'svm-1111');
    const policies = await listExportPolicies(ontap, 'svm-1111');
    const users = await listLocalUsers(ontap, 'svm-1111');

    // Assess
    expect(svm.name).toBe('svm1');
    expect(volume.nas).toEqual({ path: '/vol1', security_style: 'ntfs', export_policy: { name: 'exports' } });
    expect(shares).toEqual([
      expect.objectContaining({
        name: 'legal',
        acls: [{ user_or_group: 'Everyone', permission: 'full_control', type: 'windows' }],
      }),
    ]);
    expect(policies[0]?.rules?.[0]?.clients).toEqual([{ match: '10.0.0.0/16' }]);
    expect(users).toEqual([expect.objectContaining({ sid: 'S-1-5-21-1-2-3-1001', account_disabled: true })]);
  });

  it('answers file security for an encoded path with spaces and #, and 404 with ONTAP error body otherwise', async () => {
    // Act
    const found = await getFileSecurity(client(), 'svm-1111', '/vol1/legal/a b#1.txt');
    const missing = await getFileSecurity(client(), 'svm-1111', '/vol1/legal/none.txt').catch(
      (error: unknown) => error,
    );

    // Assess
    expect(found.security_style).toBe('ntfs');
    expect(found.acls?.map((ace) => [ace.user, ace.rights, ace.inherited])).toEqual([
      ['Everyone', 'full_control', true],
      ['S-1-5-21-9-9-9-1107', 'modify', false],
    ]);
    expect(missing).toBeInstanceOf(OntapNotFoundError);
    expect((missing as OntapNotFoundError).ontapCode).toBe('655865');
    expect((missing as OntapNotFoundError).ontapTarget).toBe('path');
  });

  it('answers a modification with a 202 job that the client polls to success', async () => {
    // Act
    const ontap = client();
    const path = `/api/protocols/file-security/permissions/svm-1111/${encodeURIComponent('/vol1/legal/a b#1.txt')}`;
    const accepted = await ontap.patch(path, { owner: 'SVM1\\legal-admins' });
    const job = await waitForJob(ontap, accepted, { sleep: noWait });
    const after = await getFileSecurity(ontap, 'svm-1111', '/vol1/legal/a b#1.txt');

    // Assess
    expect(job.state).toBe('success');
    expect(after.owner).toBe('SVM1\\legal-admins');
  });

  it('refuses wrong credentials with 401 and an untrusted certificate without a CA bundle', async () => {
    // Prepare
    const wrong = createOntapClient({
      baseUrl: sim.url,
      credentials: { username: sim.username, password: 'wrong', caBundle: sim.caPem },
      sleep: noWait,
    });
    const untrusted = createOntapClient({
      baseUrl: sim.url,
      credentials: { username: sim.username, password: sim.password },
      sleep: noWait,
      maxAttempts: 1,
    });

    // Act
    const denied = await wrong.get('/api/cluster').catch((error: unknown) => error);
    const refused = await untrusted.get('/api/cluster').catch((error: unknown) => error);

    // Assess
    expect(denied).toBeInstanceOf(OntapApiError);
    expect((denied as OntapApiError).status).toBe(401);
    expect(refused).toBeInstanceOf(OntapUnavailableError);
    expect((refused as Error).message).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('serves the credentials secret through a Secrets Manager GetSecretValue', async () => {
    // Act
    const answer = await fetch(sim.secretsUrl, {
      method: 'POST',
      headers: { 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ SecretId: sim.secretName }),
    });
    const other = await fetch(sim.secretsUrl, {
      method: 'POST',
      headers: { 'x-amz-target': 'secretsmanager.GetSecretValue' },
      body: JSON.stringify({ SecretId: 'other' }),
    });

    // Assess
    const body = (await answer.json()) as { SecretString: string };
    expect(JSON.parse(body.SecretString)).toEqual({ username: sim.username, password: sim.password });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { __type: string }).__type).toBe('ResourceNotFoundException');
  });
});
