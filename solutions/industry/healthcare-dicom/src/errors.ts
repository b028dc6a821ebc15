/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  DicomFormatError: 'DicomFormatError',
  UnsupportedTransferSyntaxError: 'UnsupportedTransferSyntaxError',
} as const;

/** The file is not DICOM Part 10 or is corrupt or truncated; the message says what and at which byte offset. */
export const DicomFormatError = namedError(ErrorName.DicomFormatError);

/** The file is valid DICOM in a transfer syntax this pattern does not rewrite (deflated, big endian). */
export const UnsupportedTransferSyntaxError = namedError(ErrorName.UnsupportedTransferSyntaxError);
