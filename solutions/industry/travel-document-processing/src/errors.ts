/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (the kit's, the mail parser's and this pattern's), so `validate` can check the ASL
 * against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { EML_FORMAT_ERROR } from '@fsxn-s3ap/shared/formats/eml';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  EmlFormatError: EML_FORMAT_ERROR,
  UnsupportedDocumentError: 'UnsupportedDocumentError',
} as const;

/** A reservation file that is neither a PDF, an image OCR can read, nor an `.eml` message. */
export const UnsupportedDocumentError = namedError(ErrorName.UnsupportedDocumentError);
