/** The named error of the `.eml` parser. */
import { FsxnError } from '../../errors';

/** Name of {@link EmlFormatError}, as ASL `ErrorEquals` sees it. */
export const EML_FORMAT_ERROR = 'EmlFormatError';

/** The bytes are not a readable RFC 5322 message; `offset` is the byte where the problem is. */
export class EmlFormatError extends FsxnError {
  override name = EML_FORMAT_ERROR;
  readonly offset: number;

  constructor(message: string, offset: number, options?: { cause?: unknown }) {
    super(`${message} (at byte ${offset})`, options);
    this.offset = offset;
  }
}
