import { OntapResources } from '../../../src/local/ontap';
import { SEED } from './seed-fixture';

const none = new URLSearchParams();

describe('OntapResources', () => {
  it('answers ONTAP error bodies for an unknown SVM, bad encoding, a wrong method and an unknown API', () => {
    // Prepare
    const ontap = new OntapResources(structuredClone(SEED));

    // Act
    const svm = ontap.answer('GET', '/api/protocols/file-security/permissions/nope/%2Fvol1%2Fa', none, undefined);
    const encoding = ontap.answer('GET', '/api/protocols/file-security/permissions/svm-1111/%E0%A4%A', none, undefined);
    const method = ontap.answer(
      'DELETE',
      `/api/protocols/file-security/permissions/svm-1111/${encodeURIComponent('/vol1/legal/a b#1.txt')}`,
      none,
      undefined,
    );
    const api = ontap.answer('GET', '/api/nothing', none, undefined);
    const volume = ontap.answer('GET', '/api/storage/volumes/other', none, undefined);

    // Assess
    expect(svm).toEqual({
      status: 404,
      body: { error: { message: 'SVM "nope" does not exist', code: '2621462', target: 'svm.uuid' } },
    });
    expect(encoding.status).toBe(400);
    expect(method.status).toBe(405);
    expect(api).toMatchObject({ status: 404, body: { error: { code: '3' } } });
    expect(volume).toMatchObject({ status: 404, body: { error: { target: 'uuid' } } });
  });

  it('filters collections by svm.uuid and name as ONTAP query parameters do', () => {
    // Prepare
    const ontap = new OntapResources(structuredClone(SEED));

    // Act
    const mine = ontap.answer(
      'GET',
      '/api/protocols/cifs/shares',
      new URLSearchParams({ 'svm.uuid': 'svm-1111' }),
      undefined,
    );
    const other = ontap.answer(
      'GET',
      '/api/protocols/cifs/shares',
      new URLSearchParams({ 'svm.uuid': 'x' }),
      undefined,
    );
    const named = ontap.answer('GET', '/api/svm/svms', new URLSearchParams({ name: 'svm1' }), undefined);

    // Assess
    expect(mine.body).toMatchObject({ num_records: 1 });
    expect(other.body).toEqual({ records: [], num_records: 0 });
    expect(named.body).toMatchObject({ records: [{ uuid: 'svm-1111' }] });
  });
});
