/** Named errors of the ONTAP REST client; `name` is what a Step Functions `Retry`/`Catch` would match. */
import { FsxnError } from '../errors';

/** Every error name the ONTAP client throws. */
export const OntapErrorName = {
  OntapApiError: 'OntapApiError',
  OntapUnavailableError: 'OntapUnavailableError',
  OntapCredentialsError: 'OntapCredentialsError',
} as const;

/** What {@link OntapApiError} reports about the refused request. */
export interface OntapApiErrorDetails {
  /** `METHOD /api/path` of the request (never the credentials). */
  endpoint: string;
  status: number;
  /** ONTAP's own error code (`error.code` of the response), when it sent one. */
  ontapCode?: string;
  /** ONTAP's own error message (`error.message` of the response), when it sent one. */
  ontapMessage?: string;
}

/** ONTAP refused a request with a 4xx status: retrying the same request does not help. */
export class OntapApiError extends FsxnError {
  override name = OntapErrorName.OntapApiError;
  readonly endpoint: string;
  readonly status: number;
  readonly ontapCode: string | undefined;
  readonly ontapMessage: string | undefined;

  constructor(details: OntapApiErrorDetails) {
    const said = details.ontapMessage ? `: ${details.ontapMessage}` : '';
    const code = details.ontapCode ? ` (ONTAP error ${details.ontapCode})` : '';
    super(`ONTAP REST ${details.endpoint} failed with HTTP ${details.status}${said}${code}`);
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.ontapCode = details.ontapCode;
    this.ontapMessage = details.ontapMessage;
  }
}

/** ONTAP did not answer usefully (5xx, timeout, connection error) even after the client's retries. */
export class OntapUnavailableError extends FsxnError {
  override name = OntapErrorName.OntapUnavailableError;
}

/** The ONTAP credentials secret is missing, unreadable or lacks `username`/`password`. */
export class OntapCredentialsError extends FsxnError {
  override name = OntapErrorName.OntapCredentialsError;
}
