/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (the kit's, the analytics port's and this pattern's), so `validate` can check the
 * ASL against it. A parser error's message says what is wrong and at which byte offset.
 */
import { AnalyticsErrorName } from '@fsxn-s3ap/shared/analytics';
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ...AnalyticsErrorName,
  SegyHeaderError: 'SegyHeaderError',
  SegyTraceCountError: 'SegyTraceCountError',
  LasFormatError: 'LasFormatError',
  LasWrapNotSupportedError: 'LasWrapNotSupportedError',
  CsvLogFormatError: 'CsvLogFormatError',
  WellLogChangedError: 'WellLogChangedError',
} as const;

/** The 3,600-byte SEG-Y file header is short or implausible (format code, samples per trace, byte order). */
export const SegyHeaderError = namedError(ErrorName.SegyHeaderError);

/** The bytes after the headers of a fixed-length SEG-Y file do not divide into whole traces. */
export const SegyTraceCountError = namedError(ErrorName.SegyTraceCountError);

/** A LAS well log breaks the LAS 2.0 layout (missing section, bad header line, row of the wrong width). */
export const LasFormatError = namedError(ErrorName.LasFormatError);

/** A LAS file declares `WRAP YES` (depth rows wrapped over several lines), which this pattern does not read. */
export const LasWrapNotSupportedError = namedError(ErrorName.LasWrapNotSupportedError);

/** A CSV well log has no header row of curve mnemonics, or a row of the wrong width or with a non-number. */
export const CsvLogFormatError = namedError(ErrorName.CsvLogFormatError);

/** A well log's second read (anomaly flagging) does not match its first (the file changed in between). */
export const WellLogChangedError = namedError(ErrorName.WellLogChangedError);
