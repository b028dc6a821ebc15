/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared and analytics ones included, so the ASL can be checked against it.
 * Parser errors say what is wrong and at which byte offset; for gzip input that offset counts decompressed bytes.
 */
import { AnalyticsErrorName } from '@fsxn-s3ap/shared/analytics';
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ...AnalyticsErrorName,
  FastqFormatError: 'FastqFormatError',
  VcfFormatError: 'VcfFormatError',
  BamFormatError: 'BamFormatError',
  GzipFormatError: 'GzipFormatError',
} as const;

/** A FASTQ record is malformed: no `@` header, line 3 not `+`, quality length unlike the sequence's, a bad quality character, or a truncated record. */
export const FastqFormatError = namedError(ErrorName.FastqFormatError);

/** A VCF line is malformed: no `##fileformat` line, no `#CHROM` header, a column count unlike the header's, or a bad POS. */
export const VcfFormatError = namedError(ErrorName.VcfFormatError);

/** A BAM header cannot be read: not BGZF, a bad block, no `BAM\1` magic, or a header cut short. */
export const BamFormatError = namedError(ErrorName.BamFormatError);

/** A `.gz` file is not a valid gzip stream (bad header, corrupt deflate data, or cut short). */
export const GzipFormatError = namedError(ErrorName.GzipFormatError);
