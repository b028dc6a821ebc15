/**
 * One classification of AWS SDK failures for every adapter: "slow down" (throttling) and "try again" (transient:
 * throttling, timeouts, 5xx, dropped connections). Adapters turn the first into ThrottlingError so a state machine
 * retries it with backoff; everything else keeps its own named error.
 */

/** Error names AWS services use for throttling, across S3, STS, EC2, DynamoDB, Kinesis, Bedrock and the rest. */
export const THROTTLING_ERROR_NAMES: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'ThrottlingError',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
  'ServiceQuotaExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
]);

const TRANSIENT_NAMES: ReadonlySet<string> = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'InternalFailure',
  'InternalServerError',
  'InternalServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  // An asynchronous OCR job still running at the deadline: the item is retried later and resumes the same job.
  'OcrPendingError',
]);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

function shapeOf(error: unknown): SdkErrorShape | undefined {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : undefined;
}

/** True when the error means "slow down": by name, HTTP 429 or 503 SlowDown, or the SDK's own throttling flag. */
export function isThrottlingError(error: unknown): boolean {
  const shape = shapeOf(error);
  if (shape === undefined) return false;
  return (
    (typeof shape.name === 'string' && THROTTLING_ERROR_NAMES.has(shape.name)) ||
    shape.$metadata?.httpStatusCode === 429 ||
    shape.$retryable?.throttling === true
  );
}

/**
 * True when the same call may succeed later: throttling, a timeout, a dropped connection, a 5xx answer, or an
 * asynchronous OCR job still running (`OcrPendingError`: the item handler rethrows it so the ASL `Retry` resumes the job).
 */
export function isTransientError(error: unknown): boolean {
  if (isThrottlingError(error)) return true;
  const shape = shapeOf(error);
  if (shape === undefined) return false;
  const status = shape.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  if (shape.$retryable !== undefined) return true;
  return (
    (typeof shape.name === 'string' && TRANSIENT_NAMES.has(shape.name)) ||
    (typeof shape.code === 'string' && TRANSIENT_NAMES.has(shape.code))
  );
}
