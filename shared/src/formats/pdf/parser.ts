/** Parsing PDF values and indirect objects from tokens. */
import type { PdfLexer, PdfToken } from './lexer';
import { isWhitespace } from './lexer';
import { type PdfDict, PdfName, PdfOperator, PdfRef, PdfStream, type PdfValue } from './objects';

/** Arrays and dictionaries nest at most this deep (a guard against stack exhaustion). */
const MAX_DEPTH = 64;

/** Reads the value that starts with `token`; `refs` enables `num gen R` references (off in content streams). */
export function parseValue(lexer: PdfLexer, token: PdfToken, refs: boolean, depth = 0): PdfValue | PdfOperator {
  if (depth > MAX_DEPTH) lexer.fail(`objects nested deeper than ${MAX_DEPTH}`);
  switch (token.kind) {
    case 'number':
      return refs && token.integer ? maybeRef(lexer, token.value) : token.value;
    case 'name':
      return new PdfName(token.value);
    case 'string':
      return token.value;
    case 'keyword':
      if (token.value === 'true' || token.value === 'false') return token.value === 'true';
      if (token.value === 'null') return null;
      return new PdfOperator(token.value);
    case 'eof':
      return lexer.fail('unexpected end of data');
    case 'delimiter':
      if (token.value === '[') return parseArray(lexer, refs, depth);
      if (token.value === '<<') return parseDict(lexer, refs, depth);
      return new PdfOperator(token.value);
  }
}

/** Reads a value that must be data (not an operator); throws otherwise. */
export function parseData(lexer: PdfLexer, token: PdfToken, refs: boolean, depth = 0): PdfValue {
  const at = lexer.pos;
  const value = parseValue(lexer, token, refs, depth);
  if (value instanceof PdfOperator) return lexer.fail(`unexpected "${value.op.slice(0, 20)}"`, at);
  return value;
}

function maybeRef(lexer: PdfLexer, num: number): PdfValue {
  const saved = lexer.pos;
  const gen = lexer.next();
  if (gen.kind === 'number' && gen.integer) {
    const r = lexer.next();
    if (r.kind === 'keyword' && r.value === 'R') return new PdfRef(num, gen.value);
  }
  lexer.pos = saved;
  return num;
}

function parseArray(lexer: PdfLexer, refs: boolean, depth: number): PdfValue[] {
  const items: PdfValue[] = [];
  for (;;) {
    const token = lexer.next();
    if (token.kind === 'delimiter' && token.value === ']') return items;
    items.push(parseData(lexer, token, refs, depth + 1));
  }
}

function parseDict(lexer: PdfLexer, refs: boolean, depth: number): PdfDict {
  const dict: PdfDict = new Map();
  for (;;) {
    const at = lexer.pos;
    const token = lexer.next();
    if (token.kind === 'delimiter' && token.value === '>>') return dict;
    if (token.kind !== 'name') return lexer.fail('dictionary key is not a name', at);
    dict.set(token.value, parseData(lexer, lexer.next(), refs, depth + 1));
  }
}

/** Resolves a stream's `/Length` (it may be an indirect reference). */
export type LengthResolver = (value: PdfValue | undefined) => number | undefined;

/**
 * Reads the indirect object at `offset` (`num gen obj ... endobj`), with its stream when it has one. A stream whose
 * `/Length` is missing or wrong ends at the next `endstream`.
 */
export function parseIndirect(
  lexer: PdfLexer,
  offset: number,
  length: LengthResolver,
): { num: number; value: PdfValue } {
  lexer.pos = offset;
  const num = lexer.next();
  const gen = lexer.next();
  const obj = lexer.next();
  if (num.kind !== 'number' || gen.kind !== 'number' || obj.kind !== 'keyword' || obj.value !== 'obj') {
    return lexer.fail('expected "<num> <gen> obj"', offset);
  }
  const value = parseData(lexer, lexer.next(), true);
  const after = lexer.pos;
  const keyword = lexer.next();
  if (!(value instanceof Map) || keyword.kind !== 'keyword' || keyword.value !== 'stream') {
    lexer.pos = after;
    return { num: num.value, value };
  }
  return { num: num.value, value: readStream(lexer, value, length(value.get('Length'))) };
}

function readStream(lexer: PdfLexer, dict: PdfDict, declared: number | undefined): PdfStream {
  const { bytes } = lexer;
  let start = lexer.pos;
  if (bytes[start] === 0x0d) start += 1;
  if (bytes[start] === 0x0a) start += 1;
  if (declared !== undefined && declared >= 0 && start + declared <= bytes.length && endsAt(bytes, start + declared)) {
    return new PdfStream(dict, bytes.subarray(start, start + declared), start);
  }
  const end = indexOf(bytes, ENDSTREAM, start);
  if (end < 0) return lexer.fail('stream without "endstream"', start);
  let stop = end;
  if (bytes[stop - 1] === 0x0a) stop -= 1;
  if (bytes[stop - 1] === 0x0d) stop -= 1;
  return new PdfStream(dict, bytes.subarray(start, Math.max(start, stop)), start);
}

const ENDSTREAM = Uint8Array.from([...'endstream'].map((char) => char.charCodeAt(0)));

function endsAt(bytes: Uint8Array, at: number): boolean {
  let pos = at;
  while (isWhitespace(bytes[pos]) && pos < at + 4) pos += 1;
  return ENDSTREAM.every((byte, index) => bytes[pos + index] === byte);
}

/** First index of `needle` in `haystack` at or after `from` (-1 when absent). */
export function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).indexOf(needle, from);
}
