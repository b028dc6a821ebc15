/** ToUnicode CMaps: `bfchar` and `bfrange` mappings from character codes to text, and the code lengths in use. */
import { utf16be } from './encodings';
import { PdfLexer, type PdfToken } from './lexer';

/** Codes (by byte length, 1 to 4) mapped to text. */
export interface ToUnicode {
  /** Byte lengths the codespace ranges declare (empty when the CMap declares none). */
  lengths: number[];
  map: Map<number, string>[];
}

/** A range wider than this is not expanded (it is almost always an identity filler). */
const MAX_RANGE = 0x10000;
/** The total number of codes one CMap may map. */
const MAX_CODES = 1 << 20;

function codeOf(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes.subarray(0, 4)) value = value * 256 + byte;
  return value;
}

/** Parses a decoded ToUnicode stream; unknown operators and malformed entries are skipped. */
export function parseToUnicode(data: Uint8Array): ToUnicode {
  const result: ToUnicode = { lengths: [], map: [new Map(), new Map(), new Map(), new Map(), new Map()] };
  const lexer = new PdfLexer(data, 0, 0);
  let total = 0;
  const set = (source: Uint8Array, code: number, text: string) => {
    if (source.length < 1 || source.length > 4 || total >= MAX_CODES) return;
    result.map[source.length]?.set(code, text);
    total += 1;
  };
  const strings = (token: PdfToken) => (token.kind === 'string' ? token.value : undefined);
  for (let token = lexer.next(); token.kind !== 'eof'; token = lexer.next()) {
    if (token.kind !== 'keyword') continue;
    if (token.value === 'begincodespacerange') {
      for (let low = strings(lexer.next()); low !== undefined; low = strings(lexer.next())) {
        lexer.next();
        if (!result.lengths.includes(low.length) && low.length >= 1 && low.length <= 4) result.lengths.push(low.length);
      }
    } else if (token.value === 'beginbfchar') {
      for (let source = strings(lexer.next()); source !== undefined; source = strings(lexer.next())) {
        const target = strings(lexer.next());
        if (target !== undefined) set(source, codeOf(source), utf16be(target));
      }
    } else if (token.value === 'beginbfrange') {
      readRanges(lexer, set);
    }
  }
  result.lengths.sort((a, b) => a - b);
  return result;
}

function readRanges(lexer: PdfLexer, set: (source: Uint8Array, code: number, text: string) => void): void {
  for (;;) {
    const low = lexer.next();
    if (low.kind !== 'string') return;
    const high = lexer.next();
    const target = lexer.next();
    if (high.kind !== 'string') return;
    const [first, last] = [codeOf(low.value), codeOf(high.value)];
    if (last < first || last - first >= MAX_RANGE) {
      if (target.kind === 'delimiter' && target.value === '[') skipArray(lexer);
      continue;
    }
    if (target.kind === 'string') {
      const bytes = Uint8Array.from(target.value);
      const at = bytes.length - 2;
      const base = at >= 0 ? (bytes[at] ?? 0) * 256 + (bytes[at + 1] ?? 0) : 0;
      for (let code = first; code <= last; code += 1) {
        if (at < 0) break;
        const unit = base + code - first;
        bytes[at] = (unit >> 8) & 0xff;
        bytes[at + 1] = unit & 0xff;
        set(low.value, code, utf16be(bytes));
      }
    } else if (target.kind === 'delimiter' && target.value === '[') {
      let code = first;
      for (let item = lexer.next(); item.kind === 'string'; item = lexer.next()) {
        if (code <= last) set(low.value, code, utf16be(item.value));
        code += 1;
      }
    } else {
      return;
    }
  }
}

function skipArray(lexer: PdfLexer): void {
  for (let item = lexer.next(); item.kind === 'string'; item = lexer.next());
}
