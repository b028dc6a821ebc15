/** Reading names, literal strings and hex strings for the tokenizer. */
import { isRegular, isWhitespace } from './chars';
import type { PdfLexer } from './lexer';
import { latin1 } from './objects';

const ESCAPES: Record<number, number> = { 110: 0x0a, 114: 0x0d, 116: 0x09, 98: 0x08, 102: 0x0c };

/** The value of a hex digit, or -1. */
export function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** A name after its `/` (with `#xx` escapes). */
export function readName(lexer: PdfLexer): string {
  const { bytes } = lexer;
  let name = '';
  let escaped = false;
  const start = lexer.pos;
  while (isRegular(bytes[lexer.pos])) {
    const byte = bytes[lexer.pos] ?? 0;
    const high = hexValue(bytes[lexer.pos + 1] ?? 0);
    const low = hexValue(bytes[lexer.pos + 2] ?? 0);
    if (byte === 0x23 && high >= 0 && low >= 0) {
      name += String.fromCharCode(high * 16 + low);
      lexer.pos += 3;
      escaped = true;
    } else {
      name += String.fromCharCode(byte);
      lexer.pos += 1;
    }
    if (name.length > 127 && !escaped) return readLongName(lexer, start);
  }
  return name;
}

/** A name longer than the 127 bytes PDF allows, read in one slice (it is kept, not rejected). */
function readLongName(lexer: PdfLexer, start: number): string {
  const { bytes } = lexer;
  while (isRegular(bytes[lexer.pos])) lexer.pos += 1;
  return latin1(bytes.subarray(start, lexer.pos));
}

/** A literal string after its `(`: balanced parentheses, backslash escapes, octal codes, line continuations. */
export function readLiteral(lexer: PdfLexer, start: number): Uint8Array {
  const { bytes } = lexer;
  const plain = plainLiteralEnd(bytes, lexer.pos);
  if (plain >= 0) {
    lexer.pos = plain + 1;
    return bytes.subarray(start + 1, plain);
  }
  const out: number[] = [];
  let depth = 1;
  while (lexer.pos < bytes.length) {
    const byte = bytes[lexer.pos] ?? 0;
    lexer.pos += 1;
    if (byte === 0x5c) {
      readEscape(lexer, out);
      continue;
    }
    if (byte === 0x28) depth += 1;
    if (byte === 0x29 && --depth === 0) return Uint8Array.from(out);
    out.push(byte);
  }
  return lexer.fail('unterminated string', start);
}

/** Where a literal without escapes or nested parentheses ends (its `)`), or -1 when it has either. */
function plainLiteralEnd(bytes: Uint8Array, from: number): number {
  for (let index = from; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x29) return index;
    if (byte === 0x5c || byte === 0x28) return -1;
  }
  return -1;
}

function readEscape(lexer: PdfLexer, out: number[]): void {
  const { bytes } = lexer;
  const byte = bytes[lexer.pos];
  if (byte === undefined) return;
  lexer.pos += 1;
  if (byte >= 0x30 && byte <= 0x37) {
    let value = byte - 0x30;
    for (let digits = 1; digits < 3; digits += 1) {
      const next = bytes[lexer.pos] ?? 0;
      if (next < 0x30 || next > 0x37) break;
      value = value * 8 + next - 0x30;
      lexer.pos += 1;
    }
    out.push(value & 0xff);
  } else if (byte === 0x0d) {
    if (bytes[lexer.pos] === 0x0a) lexer.pos += 1;
  } else if (byte !== 0x0a) {
    out.push(ESCAPES[byte] ?? byte);
  }
}

/** A hex string after its `<` (whitespace ignored, an odd final digit padded with 0). */
export function readHex(lexer: PdfLexer, start: number): Uint8Array {
  const { bytes } = lexer;
  const out: number[] = [];
  let pending = -1;
  while (lexer.pos < bytes.length) {
    const byte = bytes[lexer.pos] ?? 0;
    lexer.pos += 1;
    if (byte === 0x3e) {
      if (pending >= 0) out.push(pending * 16);
      return Uint8Array.from(out);
    }
    const value = hexValue(byte);
    if (value < 0) {
      if (isWhitespace(byte)) continue;
      lexer.fail('invalid character in hex string', lexer.pos - 1);
    }
    if (pending < 0) pending = value;
    else {
      out.push(pending * 16 + value);
      pending = -1;
    }
  }
  return lexer.fail('unterminated hex string', start);
}
