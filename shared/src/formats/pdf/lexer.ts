/** The PDF tokenizer: one forward pass over the bytes, no regular expressions, no backtracking. */
import { PdfFormatError } from './errors';
import { latin1 } from './objects';

/** One token: a number, a name, a string (bytes), a delimiter, a bare keyword or the end of the input. */
export type PdfToken =
  | { kind: 'number'; value: number; integer: boolean }
  | { kind: 'name'; value: string }
  | { kind: 'string'; value: Uint8Array }
  | { kind: 'delimiter'; value: '[' | ']' | '<<' | '>>' | '{' | '}' | ')' | '>' }
  | { kind: 'keyword'; value: string }
  | { kind: 'eof' };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const ESCAPES: Record<number, number> = { 110: 0x0a, 114: 0x0d, 116: 0x09, 98: 0x08, 102: 0x0c };

/** True for PDF whitespace bytes. */
export function isWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && WHITESPACE.has(byte);
}

function isRegular(byte: number | undefined): byte is number {
  return byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

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
        return { kind: 'name', value: this.readName() };
      case 0x28:
        return { kind: 'string', value: this.readLiteral(start) };
      case 0x3c:
        if (bytes[this.pos] === 0x3c) {
          this.pos += 1;
          return { kind: 'delimiter', value: '<<' };
        }
        return { kind: 'string', value: this.readHex(start) };
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
    const word = latin1(bytes.subarray(start, this.pos));
    const first = word.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
      const value = Number(word);
      if (Number.isFinite(value))
        return { kind: 'number', value, integer: Number.isInteger(value) && !word.includes('.') };
      return { kind: 'number', value: 0, integer: false };
    }
    return { kind: 'keyword', value: word };
  }

  private readName(): string {
    const { bytes } = this;
    const out: number[] = [];
    while (isRegular(bytes[this.pos])) {
      const byte = bytes[this.pos] ?? 0;
      const high = hexValue(bytes[this.pos + 1] ?? 0);
      const low = hexValue(bytes[this.pos + 2] ?? 0);
      if (byte === 0x23 && high >= 0 && low >= 0) {
        out.push(high * 16 + low);
        this.pos += 3;
      } else {
        out.push(byte);
        this.pos += 1;
      }
    }
    return latin1(Uint8Array.from(out));
  }

  private readLiteral(start: number): Uint8Array {
    const { bytes } = this;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos] ?? 0;
      this.pos += 1;
      if (byte === 0x5c) {
        this.readEscape(out);
        continue;
      }
      if (byte === 0x28) depth += 1;
      if (byte === 0x29 && --depth === 0) return Uint8Array.from(out);
      out.push(byte);
    }
    return this.fail('unterminated string', start);
  }

  private readEscape(out: number[]): void {
    const { bytes } = this;
    const byte = bytes[this.pos];
    if (byte === undefined) return;
    this.pos += 1;
    if (byte >= 0x30 && byte <= 0x37) {
      let value = byte - 0x30;
      for (let digits = 1; digits < 3; digits += 1) {
        const next = bytes[this.pos] ?? 0;
        if (next < 0x30 || next > 0x37) break;
        value = value * 8 + next - 0x30;
        this.pos += 1;
      }
      out.push(value & 0xff);
    } else if (byte === 0x0d) {
      if (bytes[this.pos] === 0x0a) this.pos += 1;
    } else if (byte !== 0x0a) {
      out.push(ESCAPES[byte] ?? byte);
    }
  }

  private readHex(start: number): Uint8Array {
    const { bytes } = this;
    const out: number[] = [];
    let pending = -1;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos] ?? 0;
      this.pos += 1;
      if (byte === 0x3e) {
        if (pending >= 0) out.push(pending * 16);
        return Uint8Array.from(out);
      }
      const value = hexValue(byte);
      if (value < 0) {
        if (isWhitespace(byte)) continue;
        this.fail('invalid character in hex string', this.pos - 1);
      }
      if (pending < 0) pending = value;
      else {
        out.push(pending * 16 + value);
        pending = -1;
      }
    }
    return this.fail('unterminated hex string', start);
  }
}
