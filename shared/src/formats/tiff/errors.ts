/** The named error of the TIFF / GeoTIFF header reader. */
import { FsxnError } from '../../errors';

/** Name of {@link TiffFormatError}, as ASL `ErrorEquals` sees it. */
export const TIFF_FORMAT_ERROR = 'TiffFormatError';

/**
 * The bytes are not a readable TIFF header, or reading it would exceed the reader's limits; `offset` is the byte
 * of the file where the problem is.
 */
export class TiffFormatError extends FsxnError {
  override name = TIFF_FORMAT_ERROR;
  readonly offset: number;

  constructor(message: string, offset: number, options?: { cause?: unknown }) {
    super(`${message} (at byte ${offset})`, options);
    this.offset = offset;
  }
}
