/** A parsed PDF file: resolves indirect objects (object streams included), decodes streams and lists the pages. */
import { PdfEncryptedError, PdfFormatError } from './errors';
import { decodeStream } from './filters';
import { PdfLexer } from './lexer';
import { isDict, nameOf, numberOf, type PdfDict, PdfRef, PdfStream, type PdfValue } from './objects';
import { parseData, parseIndirect } from './parser';
import { readXref, type Xref } from './xref';

/** One page: its dictionary and the resources it inherits. */
export interface PdfPageNode {
  dict: PdfDict;
  resources: PdfDict | undefined;
}

/** Reading limits. */
export interface PdfLimits {
  /** Largest decoded stream, in bytes (default 64 MiB). */
  maxStreamBytes?: number;
}

const HEADER = Buffer.from('%PDF-');
/** Objects resolved while resolving another (stream lengths) nest at most this deep. */
const MAX_NESTING = 32;

/** An open PDF file. */
export class PdfFile {
  readonly trailer: PdfDict;
  readonly maxStreamBytes: number;
  private readonly xref: Xref;
  private readonly cache = new Map<number, PdfValue>();
  private readonly busy = new Set<number>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; offsets: number[]; at: number }>();

  constructor(
    readonly bytes: Uint8Array,
    limits: PdfLimits = {},
  ) {
    this.maxStreamBytes = limits.maxStreamBytes ?? 64 * 1024 * 1024;
    const header = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).indexOf(HEADER);
    if (header < 0) throw new PdfFormatError('no "%PDF-" header in the first 1024 bytes', 0);
    this.xref = readXref(bytes, (value) => this.resolve(value), this.maxStreamBytes);
    this.trailer = this.xref.trailer;
    if (this.trailer.has('Encrypt')) throw new PdfEncryptedError('The PDF is encrypted; its text cannot be read');
  }

  /** `value` with indirect references followed (a missing or cyclic object reads as null). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.object(value.num) : value;
  }

  /** The resolved value of `key` in `dict`. */
  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return this.resolve(dict?.get(key));
  }

  /** The resolved dictionary of `key` (a stream's dictionary counts), or undefined. */
  dict(dict: PdfDict | undefined, key: string): PdfDict | undefined {
    const value = this.get(dict, key);
    if (value instanceof PdfStream) return value.dict;
    return isDict(value) ? value : undefined;
  }

  /** Decoded bytes of a stream (undefined for image-only filters). */
  decode(stream: PdfStream): Uint8Array | undefined {
    return decodeStream(stream, (value) => this.resolve(value), this.maxStreamBytes);
  }

  /** Every leaf page in document order, with inherited resources. */
  pages(): PdfPageNode[] {
    const root = this.dict(this.trailer, 'Root');
    const top = this.dict(root, 'Pages');
    if (top === undefined) throw new PdfFormatError('the document catalog has no page tree', this.bytes.length);
    const pages: PdfPageNode[] = [];
    const seen = new Set<PdfDict>();
    const stack: PdfPageNode[] = [{ dict: top, resources: this.dict(top, 'Resources') }];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (seen.has(node.dict)) continue;
      seen.add(node.dict);
      const kids = this.get(node.dict, 'Kids');
      if (nameOf(node.dict.get('Type')) === 'Page' || !Array.isArray(kids)) {
        pages.push(node);
        continue;
      }
      for (const kid of [...kids].reverse()) {
        const dict = this.resolve(kid);
        if (isDict(dict)) stack.push({ dict, resources: this.dict(dict, 'Resources') ?? node.resources });
      }
    }
    return pages;
  }

  private object(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.xref.entries.get(num);
    if (entry === undefined || this.busy.has(num) || this.busy.size >= MAX_NESTING) return null;
    this.busy.add(num);
    try {
      const value = 'offset' in entry ? this.atOffset(entry.offset) : this.inObjectStream(entry.stream, entry.index);
      this.cache.set(num, value);
      return value;
    } finally {
      this.busy.delete(num);
    }
  }

  private atOffset(offset: number): PdfValue {
    if (offset < 0 || offset >= this.bytes.length) {
      throw new PdfFormatError(`object offset ${offset} is outside the file`, this.bytes.length);
    }
    const lexer = new PdfLexer(this.bytes);
    return parseIndirect(lexer, offset, (value) => numberOf(this.resolve(value))).value;
  }

  private inObjectStream(streamNum: number, index: number): PdfValue {
    let parsed = this.objectStreams.get(streamNum);
    if (parsed === undefined) {
      const stream = this.object(streamNum);
      if (!(stream instanceof PdfStream)) throw new PdfFormatError(`object stream ${streamNum} is missing`, 0);
      const data = this.decode(stream);
      if (data === undefined) throw new PdfFormatError('object stream uses an unsupported filter', stream.offset);
      const count = numberOf(stream.dict.get('N')) ?? 0;
      const first = numberOf(stream.dict.get('First')) ?? 0;
      const lexer = new PdfLexer(data, 0, stream.offset);
      const offsets: number[] = [];
      for (let item = 0; item < count; item += 1) {
        const [, offset] = [lexer.next(), lexer.next()];
        if (offset.kind !== 'number') return lexer.fail('malformed object stream header');
        offsets.push(first + offset.value);
      }
      parsed = { data, offsets, at: stream.offset };
      this.objectStreams.set(streamNum, parsed);
    }
    const offset = parsed.offsets[index];
    if (offset === undefined) return null;
    const lexer = new PdfLexer(parsed.data, offset, parsed.at);
    return parseData(lexer, lexer.next(), true);
  }
}
