import {
  createOntapClient,
  getFileSecurity,
  listCifsShares,
  MAX_COLLECTION_PAGES,
  OntapApiError,
  OntapNotFoundError,
  OntapResponseError,
  waitForJob,
} from '@fsxn-s3ap/shared/ontap';
import { type FakeOntap, startFakeOntap } from './fake-ontap-server';

const credentials = { username: 'auditor', password: 'pw' };
const noWait = async () => {};

describe('ONTAP typed reads', () => {
  let ontap: FakeOntap;
  const client = () => createOntapClient({ baseUrl: ontap.baseUrl, credentials, sleep: noWait });

  beforeEach(async () => {
    ontap = await startFakeOntap();
  });

  afterEach(async () => {
    await ontap.stop();
  });

  it('sends the file path URL-encoded as one segment and validates the answer', async () => {
    // Prepare
    const encoded = '/api/protocols/file-security/permissions/svm%2F1/%2Fvol1%2Fa%20b%23%3F%25.txt';
    ontap.queue(`GET ${encoded}`, {
      status: 200,
      body: { security_style: 'ntfs', acls: [{ user: 'Everyone', access: 'access_allow', rights: 'read', extra: 1 }] },
    });

    // Act
    const security = await getFileSecurity(client(), 'svm/1', '/vol1/a b#?%.txt');

    // Assess
    expect(ontap.requests[0]?.path).toBe(encoded);
    expect(security.acls).toEqual([{ user: 'Everyone', access: 'access_allow', rights: 'read' }]);
  });

  it('throws OntapNotFoundError with ONTAP code, message and target on 404', async () => {
    // Prepare
    ontap.queue('GET /api/protocols/file-security/permissions/s/%2Fx', {
      status: 404,
      body: { error: { message: 'no such file', code: '655865', target: 'path' } },
    });

    // Act
    const error = await getFileSecurity(client(), 's', '/x').catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(OntapNotFoundError);
    expect(error).toBeInstanceOf(OntapApiError);
    expect((error as OntapNotFoundError).name).toBe('OntapNotFoundError');
    expect((error as Error).message).toContain('HTTP 404: no such file (ONTAP error 655865) [target path]');
  });

  it('retries 429 like a 5xx and then succeeds', async () => {
    // Prepare
    ontap.queue(
      'GET /api/protocols/cifs/shares',
      { status: 429, body: { error: { message: 'too many requests' } } },
      { status: 200, body: { records: [{ name: 'legal', path: '/vol1/legal' }] } },
    );

    // Act
    const shares = await listCifsShares(client(), 'svm-1');

    // Assess
    expect(shares).toEqual([{ name: 'legal', path: '/vol1/legal' }]);
    expect(ontap.requests).toHaveLength(2);
    expect(ontap.requests[1]?.path).toBe('/api/protocols/cifs/shares?svm.uuid=svm-1&fields=name%2Cpath%2Cacls');
  });

  it('follows _links.next page by page', async () => {
    // Prepare
    ontap.queue(
      'GET /api/protocols/cifs/shares',
      {
        status: 200,
        body: {
          records: [{ name: 'a', path: '/a' }],
          _links: { next: { href: '/api/protocols/cifs/shares?start=2' } },
        },
      },
      { status: 200, body: { records: [{ name: 'b', path: '/b' }] } },
    );

    // Act
    const shares = await listCifsShares(client(), 'svm-1');

    // Assess
    expect(shares.map((share) => share.name)).toEqual(['a', 'b']);
    expect(ontap.requests[1]?.path).toBe('/api/protocols/cifs/shares?start=2');
  });

  it('refuses a next link outside /api/ and a wrong shape, naming the field', async () => {
    // Prepare
    ontap.queue('GET /api/protocols/cifs/shares', {
      status: 200,
      body: { records: [], _links: { next: { href: 'https://elsewhere.example/steal' } } },
    });

    // Act
    const offsite = await listCifsShares(client(), 'svm-1').catch((caught: unknown) => caught);
    ontap.queue('GET /api/protocols/cifs/shares', { status: 200, body: { records: [{ name: 3 }] } });
    const malformed = await listCifsShares(client(), 'svm-1').catch((caught: unknown) => caught);

    // Assess
    expect(offsite).toBeInstanceOf(OntapResponseError);
    expect((offsite as Error).message).toContain('refusing next link');
    expect(malformed).toBeInstanceOf(OntapResponseError);
    expect((malformed as Error).message).toContain('records.0.name');
    expect(MAX_COLLECTION_PAGES).toBeGreaterThan(1);
  });

  it('polls a 202 job until success and throws OntapJobFailedError on failure', async () => {
    // Prepare
    const accepted = { job: { uuid: 'j1', _links: { self: { href: '/api/cluster/jobs/j1' } } } };
    ontap.queue(
      'GET /api/cluster/jobs/j1',
      { status: 200, body: { uuid: 'j1', state: 'running' } },
      { status: 200, body: { uuid: 'j1', state: 'success', message: 'done' } },
      { status: 200, body: { uuid: 'j1', state: 'failure', message: 'no space', code: 917927 } },
    );

    // Act
    const done = await waitForJob(client(), accepted, { sleep: noWait });
    const failed = await waitForJob(client(), accepted, { sleep: noWait }).catch((caught: unknown) => caught);

    // Assess
    expect(done.state).toBe('success');
    expect((failed as Error).name).toBe('OntapJobFailedError');
    expect((failed as Error).message).toBe('ONTAP job j1 failed: no space (code 917927)');
  });

  it('gives up on a job still running after maxPolls and refuses a body without a job', async () => {
    // Prepare
    ontap.queue(
      'GET /api/cluster/jobs/j2',
      ...Array.from({ length: 3 }, () => ({ status: 200, body: { uuid: 'j2', state: 'running' } })),
    );

    // Act
    const stuck = await waitForJob(client(), { job: { uuid: 'j2' } }, { sleep: noWait, maxPolls: 3 }).catch(
      (e: unknown) => e,
    );
    const nojob = await waitForJob(client(), { records: [] }).catch((e: unknown) => e);

    // Assess
    expect((stuck as Error).message).toBe('ONTAP job j2 was still running after 3 polls');
    expect(nojob).toBeInstanceOf(OntapResponseError);
  });
});
