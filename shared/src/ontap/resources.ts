/**
 * Typed reads of the ONTAP REST API for audits: SVMs, volumes, CIFS shares with their ACLs, NFS export policies,
 * local users and per-object file security. Path parameters are URL-encoded; answers are validated and a wrong
 * shape is an `OntapResponseError` naming the field.
 */
import type * as z from '../schema/zod';
import type { OntapClient, OntapQuery } from './client';
import { OntapResponseError } from './errors';
import {
  type CifsShare,
  CifsShareSchema,
  collectionOf,
  type ExportPolicy,
  ExportPolicySchema,
  type FileSecurity,
  FileSecuritySchema,
  type LocalUser,
  LocalUserSchema,
  type Svm,
  SvmSchema,
  type Volume,
  VolumeSchema,
} from './schemas';

/** Pages of a collection followed through `_links.next` at most; a longer listing is refused, not truncated. */
export const MAX_COLLECTION_PAGES = 1000;

/** `value` checked against `schema`; OntapResponseError naming the endpoint and the first bad field otherwise. */
export function checkResponse<T extends z.ZodMiniType>(schema: T, value: unknown, endpoint: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(root)';
  throw new OntapResponseError(`ONTAP REST ${endpoint} answered an unexpected shape at ${field}: ${issue?.message}`);
}

/** Every record of a collection, following `_links.next.href` page by page. */
export async function listRecords<T extends z.ZodMiniType>(
  client: OntapClient,
  path: string,
  query: OntapQuery,
  record: T,
): Promise<z.infer<T>[]> {
  const schema = collectionOf(record);
  const out: z.infer<T>[] = [];
  let page = checkResponse(schema, await client.get(path, query), `GET ${path}`);
  for (let pages = 1; ; pages += 1) {
    out.push(...((page.records ?? []) as z.infer<T>[]));
    const next = page._links?.next?.href;
    if (next === undefined) return out;
    if (pages >= MAX_COLLECTION_PAGES || !next.startsWith('/api/')) {
      throw new OntapResponseError(
        `ONTAP REST GET ${path}: refusing next link ${next.slice(0, 200)} after ${pages} pages`,
      );
    }
    page = checkResponse(schema, await client.get(next), `GET ${path}`);
  }
}

/** The SVM `uuid` with its name and protocol states. Throws `OntapNotFoundError` when there is none. */
export async function getSvm(client: OntapClient, uuid: string): Promise<Svm> {
  const path = `/api/svm/svms/${encodeURIComponent(uuid)}`;
  return checkResponse(
    SvmSchema,
    await client.get(path, { fields: 'uuid,name,state,cifs.enabled,nfs.enabled' }),
    `GET ${path}`,
  );
}

/** The volume `uuid` with its junction path and security style. Throws `OntapNotFoundError` when there is none. */
export async function getVolume(client: OntapClient, uuid: string): Promise<Volume> {
  const path = `/api/storage/volumes/${encodeURIComponent(uuid)}`;
  const fields = 'uuid,name,svm,nas.path,nas.security_style,nas.export_policy';
  return checkResponse(VolumeSchema, await client.get(path, { fields }), `GET ${path}`);
}

/** The CIFS shares of an SVM with their share-level ACLs. */
export function listCifsShares(client: OntapClient, svmUuid: string): Promise<CifsShare[]> {
  return listRecords(
    client,
    '/api/protocols/cifs/shares',
    { 'svm.uuid': svmUuid, fields: 'name,path,acls' },
    CifsShareSchema,
  );
}

/** The NFS export policies of an SVM with their rules. */
export function listExportPolicies(client: OntapClient, svmUuid: string): Promise<ExportPolicy[]> {
  return listRecords(
    client,
    '/api/protocols/nfs/export-policies',
    { 'svm.uuid': svmUuid, fields: 'id,name,rules' },
    ExportPolicySchema,
  );
}

/** The CIFS local users of an SVM with their SIDs and whether the account is disabled. */
export function listLocalUsers(client: OntapClient, svmUuid: string): Promise<LocalUser[]> {
  return listRecords(
    client,
    '/api/protocols/cifs/local-users',
    { 'svm.uuid': svmUuid, fields: 'name,sid,account_disabled' },
    LocalUserSchema,
  );
}

/**
 * The security descriptor of one file or directory: style, owner, group and the ACEs (NTFS) or mode bits (UNIX).
 * `path` is the path in the SVM's namespace (for example `/vol1/legal/contract.pdf`); it is sent URL-encoded as
 * one segment. Throws `OntapNotFoundError` when the path does not exist.
 */
export async function getFileSecurity(client: OntapClient, svmUuid: string, path: string): Promise<FileSecurity> {
  const endpoint = `/api/protocols/file-security/permissions/${encodeURIComponent(svmUuid)}/${encodeURIComponent(path)}`;
  return checkResponse(FileSecuritySchema, await client.get(endpoint), `GET ${endpoint}`);
}
