/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (the kit's, the Office reader's and this pattern's), so `validate` can check the
 * ASL against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { OOXML_FORMAT_ERROR } from '@fsxn-s3ap/shared/formats/ooxml';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  OoxmlFormatError: OOXML_FORMAT_ERROR,
  UnsupportedResumeError: 'UnsupportedResumeError',
} as const;

/** A resume that is neither a PDF, an image OCR can read, nor a .docx document. */
export const UnsupportedResumeError = namedError(ErrorName.UnsupportedResumeError);
