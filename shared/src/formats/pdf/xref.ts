/** Reading the cross-reference sections (tables and streams, with `/Prev` chains) and the trailer. */
import { PdfFormatError } from './errors';
import { decodeStream, type Resolve } from './filters';
import { PdfLexer } from './lexer';
import { isDict, numberOf, type PdfDict, PdfStream, type PdfValue } from './objects';
import { parseData, parseIndirect } from './parser';

/** Where an object lives: at a byte offset, or as the `index`-th object of object stream `stream`. */
export type XrefEntry = { offset: number } | { stream: number; index: number };

/** The merged cross-reference of a file and its newest trailer. */
export interface Xref {
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
}

const STARTXREF = Buffer.from('startxref');

/** Reads every cross-reference section, newest first (an older entry never replaces a newer one). */
export function readXref(bytes: Uint8Array, resolveLength: Resolve, maxStreamBytes: number): Xref {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const at = buffer.lastIndexOf(STARTXREF);
  if (at < 0) throw new PdfFormatError('no "startxref" (the file is truncated or not a PDF)', bytes.length);
  const lexer = new PdfLexer(bytes, at + STARTXREF.length);
  const first = lexer.next();
  if (first.kind !== 'number' || !first.integer) return lexer.fail('"startxref" is not followed by an offset');
  const entries = new Map<number, XrefEntry>();
  let trailer: PdfDict | undefined;
  const pending = [first.value];
  const seen = new Set<number>();
  for (let offset = pending.shift(); offset !== undefined; offset = pending.shift()) {
    if (seen.has(offset)) continue;
    seen.add(offset);
    if (offset < 0 || offset >= bytes.length) throw new PdfFormatError(`xref offset ${offset} is outside the file`, at);
    const section = readSection(bytes, offset, entries, resolveLength, maxStreamBytes);
    trailer ??= section;
    const stream = numberOf(section.get('XRefStm'));
    if (stream !== undefined) pending.unshift(stream);
    const prev = numberOf(section.get('Prev'));
    if (prev !== undefined) pending.push(prev);
  }
  return { entries, trailer: trailer ?? new Map() };
}

function readSection(
  bytes: Uint8Array,
  offset: number,
  entries: Map<number, XrefEntry>,
  resolveLength: Resolve,
  maxStreamBytes: number,
): PdfDict {
  const lexer = new PdfLexer(bytes, offset);
  const token = lexer.next();
  if (token.kind === 'keyword' && token.value === 'xref') return readTable(lexer, entries);
  const object = parseIndirect(lexer, offset, (value) => numberOf(resolveLength(value)));
  if (!(object.value instanceof PdfStream))
    return lexer.fail('xref offset points at neither a table nor a stream', offset);
  readStream(object.value, entries, resolveLength, maxStreamBytes);
  return object.value.dict;
}

function readTable(lexer: PdfLexer, entries: Map<number, XrefEntry>): PdfDict {
  for (;;) {
    const at = lexer.pos;
    const start = lexer.next();
    if (start.kind === 'keyword' && start.value === 'trailer') break;
    const count = lexer.next();
    if (start.kind !== 'number' || count.kind !== 'number') return lexer.fail('malformed xref subsection header', at);
    for (let index = 0; index < count.value; index += 1) {
      const entryAt = lexer.pos;
      const [offset, , kind] = [lexer.next(), lexer.next(), lexer.next()];
      if (offset.kind !== 'number' || kind.kind !== 'keyword') return lexer.fail('malformed xref entry', entryAt);
      const num = start.value + index;
      if (kind.value === 'n' && !entries.has(num)) entries.set(num, { offset: offset.value });
      else if (kind.value !== 'n' && kind.value !== 'f') return lexer.fail('xref entry is neither n nor f', entryAt);
    }
  }
  const at = lexer.pos;
  const trailer = parseData(lexer, lexer.next(), true);
  return isDict(trailer) ? trailer : lexer.fail('trailer is not a dictionary', at);
}

function readStream(stream: PdfStream, entries: Map<number, XrefEntry>, resolve: Resolve, maxBytes: number): void {
  const widths = numbersOf(stream.dict.get('W'), -1) ?? [];
  const [typeWidth = -1, fieldWidth = -1, indexWidth = -1] = widths;
  const row = typeWidth + fieldWidth + indexWidth;
  if (widths.length !== 3 || Math.min(typeWidth, fieldWidth, indexWidth) < 0 || row < 1 || fieldWidth > 6) {
    throw new PdfFormatError('xref stream has a malformed /W', stream.offset);
  }
  const data = decodeStream(stream, resolve, maxBytes);
  if (data === undefined) throw new PdfFormatError('xref stream uses an unsupported filter', stream.offset);
  const size = numberOf(stream.dict.get('Size')) ?? 0;
  const index = numbersOf(stream.dict.get('Index'), 0) ?? [0, size];
  let pos = 0;
  const field = (width: number, fallback: number) => {
    if (width === 0) return fallback;
    let value = 0;
    for (let byte = 0; byte < width; byte += 1) value = value * 256 + (data[pos + byte] ?? 0);
    pos += width;
    return value;
  };
  for (let pair = 0; pair + 1 < index.length; pair += 2) {
    const [start = 0, count = 0] = index.slice(pair, pair + 2);
    for (let item = 0; item < count && pos + row <= data.length; item += 1) {
      const [type, second, third] = [field(typeWidth, 1), field(fieldWidth, 0), field(indexWidth, 0)];
      const num = start + item;
      if (entries.has(num)) continue;
      if (type === 1) entries.set(num, { offset: second });
      else if (type === 2) entries.set(num, { stream: second, index: third });
    }
  }
}

function numbersOf(value: PdfValue | undefined, fallback: number): number[] | undefined {
  return Array.isArray(value) ? value.map((item) => numberOf(item) ?? fallback) : undefined;
}
