import fc from 'fast-check';
import {
  isThrottlingError,
  isTransientError,
  OcrJobFailedError,
  OcrPendingError,
  THROTTLING_ERROR_NAMES,
} from '../../../src/errors';

function sdkError(name: string, status?: number, retryable?: { throttling?: boolean }): Error {
  const error = new Error('m') as Error & { $metadata?: object; $retryable?: object };
  error.name = name;
  if (status !== undefined) error.$metadata = { httpStatusCode: status };
  if (retryable !== undefined) error.$retryable = retryable;
  return error;
}

describe('isThrottlingError', () => {
  it.each([...THROTTLING_ERROR_NAMES])('recognises %s by name', (name) => {
    expect(isThrottlingError(sdkError(name))).toBe(true);
  });

  it('recognises HTTP 429 and the SDK throttling flag whatever the name', () => {
    expect(isThrottlingError(sdkError('Whatever', 429))).toBe(true);
    expect(isThrottlingError(sdkError('Whatever', 400, { throttling: true }))).toBe(true);
  });

  it('rejects other errors and non-objects', () => {
    expect(isThrottlingError(sdkError('AccessDenied', 403))).toBe(false);
    expect(isThrottlingError('Throttling')).toBe(false);
    expect(isThrottlingError(null)).toBe(false);
  });
});

describe('isTransientError', () => {
  it('treats throttling, 5xx, timeouts and dropped connections as transient', () => {
    expect(isTransientError(sdkError('SlowDown', 503))).toBe(true);
    expect(isTransientError(sdkError('Anything', 500))).toBe(true);
    expect(isTransientError(sdkError('TimeoutError'))).toBe(true);
    expect(isTransientError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientError(sdkError('X', 400, {}))).toBe(true);
  });

  it('treats an OCR job still running as transient, so the item is retried and resumes the job', () => {
    expect(isTransientError(new OcrPendingError('still running', 'job-1'))).toBe(true);
    expect(isTransientError(new OcrJobFailedError('FAILED'))).toBe(false);
  });

  it('never calls a 4xx without a retry hint transient', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 499 }).filter((status) => status !== 429),
        fc.constantFrom('AccessDenied', 'ValidationException', 'NoSuchKey'),
        (status, name) => !isTransientError(sdkError(name, status)),
      ),
    );
  });
});
