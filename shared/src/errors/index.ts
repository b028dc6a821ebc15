/**
 * Named errors. A Step Functions `Retry`/`Catch` matches `ErrorEquals` against `error.name`, so every class
 * sets a stable `name`, and {@link ErrorName} lists them for templates and tests to check against.
 */

/** Every error name this package throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  FsxnError: 'FsxnError',
  ConfigError: 'ConfigError',
  ValidationError: 'ValidationError',
  AccessDeniedError: 'AccessDeniedError',
  ObjectNotFoundError: 'ObjectNotFoundError',
  ObjectTooLargeError: 'ObjectTooLargeError',
  EmptyObjectError: 'EmptyObjectError',
  PayloadTooLargeError: 'PayloadTooLargeError',
  ThrottlingError: 'ThrottlingError',
  AiServiceError: 'AiServiceError',
  InvalidImageError: 'InvalidImageError',
  PdfFormatError: 'PdfFormatError',
  PdfEncryptedError: 'PdfEncryptedError',
  OcrPendingError: 'OcrPendingError',
  OcrJobFailedError: 'OcrJobFailedError',
  OcrEndpointError: 'OcrEndpointError',
  AllItemsFailedError: 'AllItemsFailedError',
} as const;

export type ErrorNameValue = (typeof ErrorName)[keyof typeof ErrorName];

/** Base class of every error this toolkit throws; keeps the original error as `cause`. */
export class FsxnError extends Error {
  override name: string = ErrorName.FsxnError;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An environment variable is missing or malformed. The message names the variable. */
export class ConfigError extends FsxnError {
  override name = ErrorName.ConfigError;
}

/** The input (event, file content, model answer) does not have the expected shape. */
export class ValidationError extends FsxnError {
  override name = ErrorName.ValidationError;
}

/** S3 or the access point said AccessDenied; the message says which layer to check. */
export class AccessDeniedError extends FsxnError {
  override name = ErrorName.AccessDeniedError;
}

/** The object does not exist (NoSuchKey / 404). */
export class ObjectNotFoundError extends FsxnError {
  override name = ErrorName.ObjectNotFoundError;
}

/** The object is larger than the caller allowed reading into memory. */
export class ObjectTooLargeError extends FsxnError {
  override name = ErrorName.ObjectTooLargeError;
}

/** The object has zero bytes where content is required. */
export class EmptyObjectError extends FsxnError {
  override name = ErrorName.EmptyObjectError;
}

/** A value would exceed a service payload limit (for example Step Functions' 256 KB state). */
export class PayloadTooLargeError extends FsxnError {
  override name = ErrorName.PayloadTooLargeError;
}

/** A service throttled the call after the SDK's own retries; the state machine should retry later. */
export class ThrottlingError extends FsxnError {
  override name = ErrorName.ThrottlingError;
}

/** An AI service (Bedrock, Rekognition, Textract, Comprehend, SageMaker) failed or answered unusably. */
export class AiServiceError extends FsxnError {
  override name = ErrorName.AiServiceError;
}

/** The bytes are not a readable JPEG, PNG or WebP image (unknown format, truncated or corrupt header). */
export class InvalidImageError extends FsxnError {
  override name = ErrorName.InvalidImageError;
}

/**
 * The bytes are not a readable PDF (truncated, corrupt cross-reference table, malformed object or stream).
 * {@link PdfFormatError.offset} is the byte offset where reading failed (never beyond the input's length).
 */
export class PdfFormatError extends FsxnError {
  override name = ErrorName.PdfFormatError;

  /**
   * @param reason - what is wrong
   * @param offset - byte offset of the problem
   */
  constructor(
    reason: string,
    readonly offset: number,
    options?: { cause?: unknown },
  ) {
    super(`Malformed PDF at byte ${offset}: ${reason}`, options);
  }
}

/** The PDF is encrypted (it has an `/Encrypt` dictionary): its text cannot be read without the password. */
export class PdfEncryptedError extends FsxnError {
  override name = ErrorName.PdfEncryptedError;
}

/**
 * An asynchronous OCR job (Textract StartDocumentAnalysis) was still running when the caller's deadline came.
 * Retry the item later with {@link OcrPendingError.jobId} in the request to resume polling the same job.
 */
export class OcrPendingError extends FsxnError {
  override name = ErrorName.OcrPendingError;

  constructor(
    message: string,
    readonly jobId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An asynchronous OCR job ended in FAILED (the message carries the service's status message). */
export class OcrJobFailedError extends FsxnError {
  override name = ErrorName.OcrJobFailedError;
}

/** The local OCR endpoint (DemoMode `DEMO_OCR_ENDPOINT`) failed, timed out or answered an unusable body. */
export class OcrEndpointError extends FsxnError {
  override name = ErrorName.OcrEndpointError;
}

/** Every work item of a run failed: the report is written first, then the run fails so nobody mistakes it for a success. */
export class AllItemsFailedError extends FsxnError {
  override name = ErrorName.AllItemsFailedError;
}

/** A class of a pattern's own named error, as {@link namedError} makes it. */
export type NamedErrorClass = new (message: string, options?: { cause?: unknown }) => FsxnError;

/**
 * The class of a pattern's own named error: an {@link FsxnError} whose `name` (what ASL `ErrorEquals` matches) and
 * class name are `name`, so `instanceof` and Step Functions both see it.
 * @example export const TagsNotFoundError = namedError(ErrorName.TagsNotFoundError);
 */
export function namedError(name: string): NamedErrorClass {
  const Named = class extends FsxnError {
    override name: string = name;
  };
  Object.defineProperty(Named, 'name', { value: name });
  return Named;
}

/** True when `error` is an Error whose `name` is one of ours. */
export function isFsxnError(error: unknown): error is FsxnError {
  return error instanceof FsxnError;
}

/** Best-effort message of an unknown thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

export { isThrottlingError, isTransientError, THROTTLING_ERROR_NAMES } from './transient';
