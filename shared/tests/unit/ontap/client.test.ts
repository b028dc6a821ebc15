import { createOntapClient, OntapApiError, OntapUnavailableError } from '@fsxn-s3ap/shared/ontap';
import { type FakeOntap, startFakeOntap } from './fake-ontap-server';

const credentials = { username: 'fsxadmin', password: 's3cr3t-P@ss' };
const noWait = async () => {};

describe('createOntapClient', () => {
  let ontap: FakeOntap;

  beforeEach(async () => {
    ontap = await startFakeOntap();
  });

  afterEach(async () => {
    await ontap.stop();
  });

  it('sends basic auth and JSON and returns the parsed body', async () => {
    // Prepare
    ontap.queue('PATCH /api/protocols/fpolicy/u1/engines/e1', { status: 200, body: {} });
    ontap.queue('GET /api/svm/svms', { status: 200, body: { records: [{ uuid: 'u1' }] } });
    const client = createOntapClient({ baseUrl: `${ontap.baseUrl}/`, credentials, sleep: noWait });

    // Act
    const answer = await client.get<{ records: { uuid: string }[] }>('/api/svm/svms', { name: 'svm1', fields: 'uuid' });
    await client.patch('/api/protocols/fpolicy/u1/engines/e1', { primary_servers: ['10.0.0.5'] });

    // Assess
    expect(answer.records[0]?.uuid).toBe('u1');
    expect(ontap.requests[0]?.path).toBe('/api/svm/svms?name=svm1&fields=uuid');
    expect(ontap.requests[0]?.authorization).toBe(`Basic ${Buffer.from('fsxadmin:s3cr3t-P@ss').toString('base64')}`);
    expect(ontap.requests[1]?.body).toEqual({ primary_servers: ['10.0.0.5'] });
  });

  it('retries 5xx answers with backoff and then succeeds', async () => {
    // Prepare
    ontap.queue(
      'GET /api/cluster',
      { status: 503 },
      { status: 500, body: { error: { message: 'busy' } } },
      { status: 200, body: { name: 'c1' } },
    );
    const waits: number[] = [];
    const client = createOntapClient({
      baseUrl: ontap.baseUrl,
      credentials,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 1,
      baseDelayMs: 100,
    });

    // Act
    const answer = await client.get<{ name: string }>('/api/cluster');

    // Assess
    expect(answer.name).toBe('c1');
    expect(ontap.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('throws OntapUnavailableError naming the endpoint after the last 5xx attempt', async () => {
    // Prepare
    ontap.queue(
      'GET /api/cluster',
      ...Array.from({ length: 3 }, () => ({ status: 502, body: { error: { message: 'gateway down' } } })),
    );
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait, maxAttempts: 3 });

    // Act
    const failure = client.get('/api/cluster');

    // Assess
    await expect(failure).rejects.toThrow(OntapUnavailableError);
    await expect(failure).rejects.toThrow(
      'ONTAP REST GET /api/cluster failed after 3 attempts: HTTP 502: gateway down',
    );
  });

  it('throws OntapApiError with ONTAP message on a 4xx without retrying', async () => {
    // Prepare
    ontap.queue('PATCH /api/protocols/fpolicy/u1/engines/e1', {
      status: 400,
      body: { error: { message: 'At least one FPolicy policy is using the FPolicy engine', code: '9764942' } },
    });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait });

    // Act
    const error = await client.patch('/api/protocols/fpolicy/u1/engines/e1', {}).catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(OntapApiError);
    expect((error as OntapApiError).name).toBe('OntapApiError');
    expect((error as OntapApiError).message).toBe(
      'ONTAP REST PATCH /api/protocols/fpolicy/u1/engines/e1 failed with HTTP 400: At least one FPolicy policy is using the FPolicy engine (ONTAP error 9764942)',
    );
    expect(ontap.requests).toHaveLength(1);
  });

  it('never puts the password in an error message', async () => {
    // Prepare
    ontap.queue('GET /api/cluster', { status: 401, body: { error: { message: 'not authorized' } } });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait });

    // Act
    const error = (await client.get('/api/cluster').catch((caught: unknown) => caught)) as Error;

    // Assess
    expect(error.message).toContain('HTTP 401: not authorized');
    expect(JSON.stringify({ message: error.message, error })).not.toContain(credentials.password);
  });

  it('retries a request that times out and reports the timeout', async () => {
    // Prepare
    ontap.queue('GET /api/cluster', { status: 200, hang: true }, { status: 200, hang: true });
    const client = createOntapClient({
      baseUrl: ontap.baseUrl,
      credentials,
      sleep: noWait,
      timeoutMs: 50,
      maxAttempts: 2,
    });

    // Act
    const failure = client.get('/api/cluster');

    // Assess
    await expect(failure).rejects.toThrow('failed after 2 attempts: no response within 50 ms');
    expect(ontap.requests).toHaveLength(2);
  });

  it('retries connection errors and throws OntapUnavailableError when nobody listens', async () => {
    // Prepare
    await ontap.stop();
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait, maxAttempts: 2 });

    // Act
    const failure = client.get('/api/cluster');

    // Assess
    await expect(failure).rejects.toThrow(OntapUnavailableError);
    ontap = await startFakeOntap();
  });

  it('rejects a 2xx body that is not JSON', async () => {
    // Prepare
    ontap.queue('GET /api/cluster', { status: 200, body: '<html>' });
    const client = createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait });

    // Act
    const failure = client.get('/api/cluster');

    // Assess
    await expect(failure).rejects.toThrow('GET /api/cluster answered HTTP 200 with a body that is not JSON');
  });
});
