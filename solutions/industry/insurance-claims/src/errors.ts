/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's (the state machine
 * retries ThrottlingError and OcrPendingError, and fails fast on ConfigError and ValidationError). Corrupt photos
 * and estimates (InvalidImageError, PdfFormatError, PdfEncryptedError) become failure records, not state errors.
 */
export { ErrorName } from '@fsxn-s3ap/shared/errors';
