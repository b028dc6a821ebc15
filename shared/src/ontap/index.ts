/**
 * ONTAP REST API access for pattern functions: credentials from Secrets Manager, a retrying JSON client with
 * named errors, typed reads for audits (SVMs, volumes, shares, export policies, file security), job polling, and
 * the FPolicy engine operations the event-driven pattern needs.
 */
export { backoffDelayMs, sleep } from './backoff';
export { createOntapClient, type OntapClient, type OntapClientOptions, type OntapQuery } from './client';
export { getOntapCredentials, type OntapCredentials, parseOntapSecret } from './credentials';
export {
  OntapApiError,
  type OntapApiErrorDetails,
  OntapCredentialsError,
  OntapErrorName,
  OntapJobFailedError,
  OntapNotFoundError,
  OntapResponseError,
  OntapUnavailableError,
} from './errors';
export {
  type RepointFPolicyOptions,
  type RepointFPolicyResult,
  repointFPolicyEngine,
  resolveSvmUuid,
} from './fpolicy';
export { ONTAP_ENV, ontapClientFromEnv } from './from-env';
export { type JobPollOptions, waitForJob } from './jobs';
export {
  checkResponse,
  getFileSecurity,
  getSvm,
  getVolume,
  listCifsShares,
  listExportPolicies,
  listLocalUsers,
  listRecords,
  MAX_COLLECTION_PAGES,
} from './resources';
export type {
  CifsShare,
  ExportPolicy,
  ExportRule,
  FileAce,
  FileSecurity,
  Job,
  LocalUser,
  ShareAcl,
  Svm,
  Volume,
} from './schemas';
export {
  createNodeTransport,
  type HttpRequest,
  type HttpResponse,
  HttpTimeoutError,
  type HttpTransport,
  type TlsOptions,
} from './transport';
