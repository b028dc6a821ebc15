/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's, the TIFF reader's
 * and the NITF header's. `make validate` checks the ASL against this map.
 */
import { FsxnError, ErrorName as KitErrorName } from '@fsxn-s3ap/shared/errors';
import { TIFF_FORMAT_ERROR } from '@fsxn-s3ap/shared/formats/tiff';

export const ErrorName = {
  ...KitErrorName,
  TiffFormatError: TIFF_FORMAT_ERROR,
  NitfFormatError: 'NitfFormatError',
  UnsupportedRasterError: 'UnsupportedRasterError',
} as const;

/** The NITF file header is not readable; `offset` is the byte where the problem is. */
export class NitfFormatError extends FsxnError {
  override name = ErrorName.NitfFormatError;
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(`${message} (at byte ${offset})`);
    this.offset = offset;
  }
}

/** The file's first bytes are none of the formats this pattern reads (TIFF, NITF, HDF5, PNG, JPEG). */
export class UnsupportedRasterError extends FsxnError {
  override name = ErrorName.UnsupportedRasterError;
}
