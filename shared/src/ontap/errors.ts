/** Named errors of the ONTAP REST client; `name` is what a Step Functions `Retry`/`Catch` would match. */
import { FsxnError } from '../errors';

/** Every error name the ONTAP client throws. */
export const OntapErrorName = {
  OntapApiError: 'OntapApiError',
  OntapUnavailableError: 'OntapUnavailableError',
  OntapCredentialsError: 'OntapCredentialsError',
  OntapNotFoundError: 'OntapNotFoundError',
  OntapResponseError: 'OntapResponseError',
  OntapJobFailedError: 'OntapJobFailedError',
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
  /** The field or object ONTAP blames (`error.target` of the response), when it named one. */
  ontapTarget?: string;
}

/** ONTAP refused a request with a 4xx status: retrying the same request does not help. */
export class OntapApiError extends FsxnError {
  override name: string = OntapErrorName.OntapApiError;
  readonly endpoint: string;
  readonly status: number;
  readonly ontapCode: string | undefined;
  readonly ontapMessage: string | undefined;
  readonly ontapTarget: string | undefined;

  constructor(details: OntapApiErrorDetails) {
    const said = details.ontapMessage ? `: ${details.ontapMessage}` : '';
    const code = details.ontapCode ? ` (ONTAP error ${details.ontapCode})` : '';
    const target = details.ontapTarget ? ` [target ${details.ontapTarget}]` : '';
    super(`ONTAP REST ${details.endpoint} failed with HTTP ${details.status}${said}${code}${target}`);
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.ontapCode = details.ontapCode;
    this.ontapMessage = details.ontapMessage;
    this.ontapTarget = details.ontapTarget;
  }
}

/** ONTAP answered 404: the SVM, volume, share or path does not exist (or is not visible to this user). */
export class OntapNotFoundError extends OntapApiError {
  override name = OntapErrorName.OntapNotFoundError;
}

/** ONTAP answered 2xx with a body that is not the documented shape; the message names the field. */
export class OntapResponseError extends FsxnError {
  override name = OntapErrorName.OntapResponseError;
}

/** An asynchronous ONTAP job ended in `failure`, or was still running at the caller's deadline. */
export class OntapJobFailedError extends FsxnError {
  override name = OntapErrorName.OntapJobFailedError;
}

/** ONTAP did not answer usefully (5xx, timeout, connection error) even after the client's retries. */
export class OntapUnavailableError extends FsxnError {
  override name = OntapErrorName.OntapUnavailableError;
}

/** The ONTAP credentials secret is missing, unreadable or lacks `username`/`password`. */
export class OntapCredentialsError extends FsxnError {
  override name = OntapErrorName.OntapCredentialsError;
}
