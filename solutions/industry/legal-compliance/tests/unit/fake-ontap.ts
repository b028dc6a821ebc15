import { type OntapClient, OntapNotFoundError } from '@fsxn-s3ap/shared/ontap';

/** An OntapClient answering GETs from `answers` by path (without query); a path not there is a 404. */
export function fakeOntap(answers: Record<string, unknown>): OntapClient & { paths: string[] } {
  const paths: string[] = [];
  const get = async <T>(path: string): Promise<T> => {
    paths.push(path);
    if (!(path in answers)) throw new OntapNotFoundError({ endpoint: `GET ${path}`, status: 404, ontapCode: '4' });
    return answers[path] as T;
  };
  const refuse = async <T>(): Promise<T> => {
    throw new Error('read-only fake');
  };
  return { get, patch: refuse, post: refuse, paths };
}

/** The SVM, volume and collection answers of a small volume `/vol1` on SVM `svm-1`. */
export const CONTEXT_ANSWERS: Record<string, unknown> = {
  '/api/svm/svms/svm-1': { uuid: 'svm-1', name: 'svm1' },
  '/api/storage/volumes/vol-1': {
    uuid: 'vol-1',
    name: 'vol1',
    nas: { path: '/vol1', security_style: 'ntfs', export_policy: { name: 'exp' } },
  },
  '/api/protocols/cifs/shares': {
    records: [
      {
        name: 'root$',
        path: '/vol1',
        acls: [{ user_or_group: 'BUILTIN\\Administrators', permission: 'full_control' }],
      },
      { name: 'open', path: '/vol1/open', acls: [{ user_or_group: 'Everyone', permission: 'change' }] },
      { name: 'other', path: '/vol2', acls: [{ user_or_group: 'Everyone', permission: 'full_control' }] },
    ],
  },
  '/api/protocols/nfs/export-policies': { records: [{ id: 1, name: 'exp', rules: [] }] },
  '/api/protocols/cifs/local-users': {
    records: [{ name: 'SVM1\\gone', sid: 'S-1-5-21-1-2-3-1001', account_disabled: true }],
  },
};
