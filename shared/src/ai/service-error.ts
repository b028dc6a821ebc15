/** Translating AI service SDK errors into the named errors the state machines retry or catch. */
import { AiServiceError, errorMessage, FsxnError, isThrottlingError, ThrottlingError } from '../errors';

/** The shared classification, re-exported where AI adapters always found it. */
export { isThrottlingError };

/**
 * The error to throw for a failed AI service call: our own named errors pass through, throttling (after the SDK's
 * retries) becomes {@link ThrottlingError}, anything else {@link AiServiceError}; the SDK error is kept as `cause`.
 */
export function toAiServiceError(error: unknown, operation: string): FsxnError {
  if (error instanceof FsxnError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : 'Error';
  const detail = `${operation} failed: ${name}: ${errorMessage(error)}`;
  if (isThrottlingError(error)) return new ThrottlingError(`${detail} (throttled; retry later)`, { cause: error });
  return new AiServiceError(detail, { cause: error });
}
