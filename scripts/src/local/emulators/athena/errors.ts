/** Errors of the local Athena: a query error carries the AthenaError fields the real service reports. */

/** AthenaError.ErrorCategory values. */
export const ErrorCategory = { SYSTEM: 1, USER: 2, OTHER: 3 } as const;

/** The AthenaError.ErrorType values the local Athena reports (Athena's error catalog). */
export const ErrorType = { INTERNAL: 100, QUERY_TIMEOUT: 206, RESULT_WRITE_FAILED: 401, USER_ERROR: 1000 } as const;

/** A query that cannot run: bad or unsupported SQL, a missing table, unreadable data. */
export class AthenaQueryError extends Error {
  override readonly name = 'AthenaQueryError';

  constructor(
    message: string,
    readonly category: number = ErrorCategory.USER,
    readonly type: number = ErrorType.USER_ERROR,
  ) {
    super(message);
  }
}

/** An API request Athena or Glue would refuse, answered as a JSON 1.1 error of `code` (HTTP 400). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
