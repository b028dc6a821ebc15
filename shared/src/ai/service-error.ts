/** Translating AI service SDK errors into the named errors the state machines retry or catch. */
import { AiServiceError, errorMessage, FsxnError, ThrottlingError } from '../errors';

const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'ServiceQuotaExceededException',
  'RequestLimitExceeded',
]);

interface SdkErrorShape {
  name?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

/** True when the SDK error means "slow down" (by name, HTTP 429 or the SDK's own throttling flag). */
export function isThrottlingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const shape = error as SdkErrorShape;
  return (
    (typeof shape.name === 'string' && THROTTLING_NAMES.has(shape.name)) ||
    shape.$metadata?.httpStatusCode === 429 ||
    shape.$retryable?.throttling === true
  );
}

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
