import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { createOntapClient, OntapApiError, repointFPolicyEngine } from '@fsxn-s3ap/shared/ontap';
import { type FakeOntap, startFakeOntap } from './fake-ontap-server';

const credentials = { username: 'fsxadmin', password: 'pw' };
const BASE = '/api/protocols/fpolicy/svm-uuid-1';
const options = { svmName: 'svm1', policyName: 'fp-policy', engineName: 'fp-engine', serverIp: '10.0.1.23' };

function seed(ontap: FakeOntap, engineServers: string[], enabled: boolean): void {
  ontap.queue('GET /api/svm/svms', { status: 200, body: { records: [{ uuid: 'svm-uuid-1', name: 'svm1' }] } });
  ontap.queue(`GET ${BASE}/engines/fp-engine`, { status: 200, body: { primary_servers: engineServers } });
  ontap.queue(`GET ${BASE}/policies/fp-policy`, { status: 200, body: { enabled } });
}

const calls = (ontap: FakeOntap) => ontap.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`);

describe('repointFPolicyEngine', () => {
  let ontap: FakeOntap;

  beforeEach(async () => {
    ontap = await startFakeOntap(({ method }) => (method === 'PATCH' ? { status: 200, body: {} } : undefined));
  });

  afterEach(async () => {
    await ontap.stop();
  });

  it('disables the policy, sets the primary server, then enables the policy with its priority', async () => {
    // Prepare
    seed(ontap, ['10.0.1.9'], true);
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    const result = await repointFPolicyEngine(client, options);

    // Assess
    expect(result).toEqual({ svmUuid: 'svm-uuid-1', changed: true, previousServers: ['10.0.1.9'] });
    expect(calls(ontap).filter((call) => call.startsWith('PATCH'))).toEqual([
      `PATCH ${BASE}/policies/fp-policy`,
      `PATCH ${BASE}/engines/fp-engine`,
      `PATCH ${BASE}/policies/fp-policy`,
    ]);
    const patches = ontap.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);
    expect(patches).toEqual([{ enabled: false }, { primary_servers: ['10.0.1.23'] }, { enabled: true, priority: 1 }]);
  });

  it('changes nothing when the engine already points at the server and the policy is enabled', async () => {
    // Prepare
    seed(ontap, ['10.0.1.23'], true);
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    const result = await repointFPolicyEngine(client, options);

    // Assess
    expect(result.changed).toBe(false);
    expect(calls(ontap).some((call) => call.startsWith('PATCH'))).toBe(false);
  });

  it('enables a disabled policy after setting the server, without disabling it first', async () => {
    // Prepare
    seed(ontap, [], false);
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    await repointFPolicyEngine(client, { ...options, priority: 3 });

    // Assess
    const patches = ontap.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);
    expect(patches).toEqual([{ primary_servers: ['10.0.1.23'] }, { enabled: true, priority: 3 }]);
  });

  it('re-enables the policy and rethrows when ONTAP refuses the engine change', async () => {
    // Prepare
    seed(ontap, ['10.0.1.9'], true);
    ontap.queue(`PATCH ${BASE}/engines/fp-engine`, {
      status: 400,
      body: { error: { message: 'The primary and secondary server has a redundant IP address', code: '9764922' } },
    });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    const failure = repointFPolicyEngine(client, options);

    // Assess
    await expect(failure).rejects.toThrow(OntapApiError);
    const patches = ontap.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);
    expect(patches).toEqual([{ enabled: false }, { primary_servers: ['10.0.1.23'] }, { enabled: true, priority: 1 }]);
  });

  it('uses a given SVM UUID without looking the SVM up', async () => {
    // Prepare
    ontap.queue(`GET ${BASE}/engines/fp-engine`, { status: 200, body: { primary_servers: ['10.0.1.9'] } });
    ontap.queue(`GET ${BASE}/policies/fp-policy`, { status: 200, body: { enabled: true } });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    await repointFPolicyEngine(client, { ...options, svmUuid: 'svm-uuid-1' });

    // Assess
    expect(calls(ontap)).not.toContain('GET /api/svm/svms');
  });

  it('rejects an unknown SVM with a ValidationError naming it', async () => {
    // Prepare
    ontap.queue('GET /api/svm/svms', { status: 200, body: { records: [] } });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

    // Act
    const failure = repointFPolicyEngine(client, options);

    // Assess
    await expect(failure).rejects.toThrow(
      new ValidationError('ONTAP has no SVM named "svm1" (GET /api/svm/svms returned no record)'),
    );
  });

  it.each(['', '10.0.1', '256.1.1.1', 'host.example', '10.0.1.23; rm'])(
    'rejects the server address "%s"',
    async (serverIp) => {
      // Prepare
      const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials });

      // Act
      const failure = repointFPolicyEngine(client, { ...options, serverIp });

      // Assess
      await expect(failure).rejects.toThrow(ValidationError);
      expect(ontap.requests).toHaveLength(0);
    },
  );
});
