/** Errors of the SQL analytics port, named so Step Functions `ErrorEquals` can tell them apart. */
import { AccessDeniedError, FsxnError, ThrottlingError } from '../errors';

/** Error names the analytics adapters throw, besides the shared `AccessDeniedError` and `ThrottlingError`. */
export const AnalyticsErrorName = {
  QueryFailedError: 'QueryFailedError',
  QueryTimeoutError: 'QueryTimeoutError',
  NamedQueryNotFoundError: 'NamedQueryNotFoundError',
} as const;

/** What the query engine said about a failed or cancelled query (Athena's `Status` and `AthenaError` fields). */
export interface QueryFailureDetails {
  readonly queryExecutionId?: string;
  /** FAILED or CANCELLED (or REJECTED when the engine refused the request before running it). */
  readonly state: string;
  readonly stateChangeReason?: string;
  /** 1 system, 2 user (bad SQL, missing table), 3 other. */
  readonly errorCategory?: number;
  readonly errorType?: number;
  readonly errorMessage?: string;
  readonly retryable?: boolean;
}

/** The query ended FAILED or CANCELLED, or was refused; the message is the engine's reason. */
export class QueryFailedError extends FsxnError {
  override name: string = AnalyticsErrorName.QueryFailedError;
  readonly details: QueryFailureDetails;

  constructor(details: QueryFailureDetails, options?: { cause?: unknown }) {
    const reason = details.stateChangeReason ?? details.errorMessage ?? 'no reason given';
    const id = details.queryExecutionId ? ` ${details.queryExecutionId}` : '';
    super(`query${id} ${details.state}: ${reason}`, options);
    this.details = details;
  }
}

/** The query did not finish before its deadline; it was asked to stop. */
export class QueryTimeoutError extends FsxnError {
  override name: string = AnalyticsErrorName.QueryTimeoutError;

  constructor(
    readonly queryExecutionId: string,
    readonly deadlineMs: number,
  ) {
    super(`query ${queryExecutionId} did not finish within ${deadlineMs} ms and was stopped`);
  }
}

/** No named query has that name or id (in that workgroup). */
export class NamedQueryNotFoundError extends FsxnError {
  override name: string = AnalyticsErrorName.NamedQueryNotFoundError;
}

const THROTTLING = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);
const DENIED = new Set(['AccessDeniedException', 'AccessDenied']);

/**
 * The named error for an SDK failure of `operation`: throttling after the SDK's retries becomes `ThrottlingError`,
 * a denial `AccessDeniedError`, an `InvalidRequestException` (bad SQL caught before running, an unknown workgroup)
 * a `QueryFailedError` in state REJECTED; anything else is returned as it is. The original error is kept as `cause`.
 */
export function toAnalyticsError(operation: string, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (THROTTLING.has(error.name)) {
    return new ThrottlingError(`Athena ${operation} was throttled: ${error.message}`, { cause: error });
  }
  if (DENIED.has(error.name)) {
    return new AccessDeniedError(`Athena ${operation} was denied: ${error.message}`, { cause: error });
  }
  if (error.name === 'InvalidRequestException') {
    return new QueryFailedError(
      { state: 'REJECTED', stateChangeReason: `${operation}: ${error.message}`, errorCategory: 2 },
      { cause: error },
    );
  }
  return error;
}

/** Runs one SDK call and rethrows its failure through {@link toAnalyticsError}. */
export async function callAthena<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAnalyticsError(operation, error);
  }
}
