/** The PDF tokenizer: one forward pass over the bytes, no regular expressions, no backtracking. */

import { isRegular, isWhitespace } from './chars';
import { PdfFormatError } from './errors';
import { readHex, readLiteral, readName } from './lexer-strings';
import { latin1 } from './objects';

export { isWhitespace } from './chars';

/** One token: a number, a name, a string (bytes), a delimiter, a bare keyword or the end of the input. */
export type PdfToken =
  | { kind: 'number'; value: number; integer: boolean }
  | { kind: 'name'; value: string }
  | { kind: 'string'; value: Uint8Array }
  | { kind: 'delimiter'; value: '[' | ']' | '<<' | '>>' | '{' | '}' | ')' | '>' }
  | { kind: 'keyword'; value: string }
  | { kind: 'eof' };

/** Reads tokens from `bytes` starting at `pos`; `pos` is public so parsers can save and restore it. */
export class PdfLexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly reportAt?: number,
  ) {}

  /**
   * Throws a PdfFormatError at `at` (default: the current position), or at `reportAt` when the bytes are not the
   * file's own (a decoded object stream: the error names the stream's offset in the file).
   */
  fail(reason: string, at = this.pos): never {
    throw new PdfFormatError(reason, this.reportAt ?? Math.min(at, this.bytes.length));
  }

  /** Skips whitespace and `%` comments. */
  skipSpace(): void {
    const { bytes } = this;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos];
      if (byte === 0x25) {
        while (this.pos < bytes.length && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos += 1;
      } else if (isWhitespace(byte)) {
        this.pos += 1;
      } else {
        return;
      }
    }
  }

  /** The next token. */
  next(): PdfToken {
    this.skipSpace();
    const { bytes } = this;
    const byte = bytes[this.pos];
    if (byte === undefined) return { kind: 'eof' };
    const start = this.pos;
    this.pos += 1;
    switch (byte) {
      case 0x2f:
        return { kind: 'name', value: readName(this) };
      case 0x28:
        return { kind: 'string', value: readLiteral(this, start) };
      case 0x3c:
        if (bytes[this.pos] === 0x3c) {
          this.pos += 1;
          return { kind: 'delimiter', value: '<<' };
        }
        return { kind: 'string', value: readHex(this, start) };
      case 0x3e:
        if (bytes[this.pos] === 0x3e) {
          this.pos += 1;
          return { kind: 'delimiter', value: '>>' };
        }
        return { kind: 'delimiter', value: '>' };
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
      case 0x29:
        return { kind: 'delimiter', value: String.fromCharCode(byte) as '[' | ']' | '{' | '}' | ')' };
    }
    while (isRegular(bytes[this.pos])) this.pos += 1;
    const word = this.pos - start <= 32 ? shortText(bytes, start, this.pos) : latin1(bytes.subarray(start, this.pos));
    const first = word.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
      const value = Number(word);
      if (Number.isFinite(value))
        return { kind: 'number', value, integer: Number.isInteger(value) && !word.includes('.') };
      return { kind: 'number', value: 0, integer: false };
    }
    return { kind: 'keyword', value: word };
  }
}

/** Latin-1 text of a short run of bytes, without an intermediate array. */
function shortText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index] ?? 0);
  return text;
}
