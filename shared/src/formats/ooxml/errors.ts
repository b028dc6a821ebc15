/** The named error of the OOXML (.docx, .xlsx) reader. */
import { FsxnError } from '../../errors';

/** Name of {@link OoxmlFormatError}, as ASL `ErrorEquals` sees it. */
export const OOXML_FORMAT_ERROR = 'OoxmlFormatError';

/**
 * The bytes are not a readable .docx or .xlsx: not a zip, a corrupt or truncated entry, a limit exceeded (zip bomb,
 * too many entries), or malformed XML. `offset` is the byte in the zip, or the character in the named XML entry.
 */
export class OoxmlFormatError extends FsxnError {
  override name = OOXML_FORMAT_ERROR;
  readonly offset: number;
  /** The zip entry the problem is in, when it is inside one. */
  readonly entry?: string;

  constructor(message: string, offset: number, entry?: string, options?: { cause?: unknown }) {
    super(`${message} (${entry === undefined ? 'at byte' : `in ${entry} at`} ${offset})`, options);
    this.offset = offset;
    if (entry !== undefined) this.entry = entry;
  }
}
