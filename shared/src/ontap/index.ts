/**
 * ONTAP REST API access for pattern functions: credentials from Secrets Manager, a retrying JSON client with
 * named errors, and the FPolicy engine operations the event-driven pattern needs.
 */
export { backoffDelayMs, sleep } from './backoff';
export { createOntapClient, type OntapClient, type OntapClientOptions, type OntapQuery } from './client';
export { getOntapCredentials, type OntapCredentials, parseOntapSecret } from './credentials';
export {
  OntapApiError,
  type OntapApiErrorDetails,
  OntapCredentialsError,
  OntapErrorName,
  OntapUnavailableError,
} from './errors';
export {
  type RepointFPolicyOptions,
  type RepointFPolicyResult,
  repointFPolicyEngine,
  resolveSvmUuid,
} from './fpolicy';
export {
  createNodeTransport,
  type HttpRequest,
  type HttpResponse,
  HttpTimeoutError,
  type HttpTransport,
  type TlsOptions,
} from './transport';
