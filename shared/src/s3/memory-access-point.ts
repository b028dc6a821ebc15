import { Readable } from 'node:stream';
import { EmptyObjectError, ObjectNotFoundError, ObjectTooLargeError, ValidationError } from '../errors';
import { decodeUtf8 } from './body';
import { matchesSuffix, normalizeSuffixes } from './suffix';
import {
  type AccessPointClient,
  DEFAULT_MAX_READ_BYTES,
  type ListOptions,
  type ObjectHead,
  type ReadOptions,
  type S3ObjectSummary,
} from './types';

/** Options of {@link createMemoryAccessPoint}. */
export interface MemoryAccessPointOptions {
  bucket?: string;
  /** The ETag of an object as S3 would report it (quoted); `"e-<key>-<length>"` by default. */
  etagOf?: (key: string, bytes: Uint8Array) => string;
  /** LastModified of every object (ISO 8601); the Unix epoch by default. */
  lastModified?: string;
  /** Keys per ListObjectsV2 page (1000 like S3). */
  pageSize?: number;
}

/** Requests made to a memory access point, by operation (pages count as list requests). */
export interface MemoryAccessPointCalls {
  list: number;
  head: number;
  bytes: number;
  range: number;
  stream: number;
  put: number;
}

/** An {@link AccessPointClient} over a map of objects, with the requests it served. */
export interface MemoryAccessPoint extends AccessPointClient {
  /** Key -> content; writes land here too. */
  readonly files: Record<string, Uint8Array>;
  readonly calls: MemoryAccessPointCalls;
  /** Every object as a listing would return it, sorted by key. */
  summaries(): S3ObjectSummary[];
}

const toBytes = (body: Uint8Array | string) => (typeof body === 'string' ? Buffer.from(body, 'utf8') : body);

/**
 * An in-memory access point with the real client's semantics: filtered paged listing that stops at the cap, size
 * guard and EmptyObjectError on reads, S3's range rules, ObjectNotFoundError for a missing key. For tests and tools.
 * @example const input = createMemoryAccessPoint({ 'a.png': png }); await processImage(object, { input, ... });
 */
export function createMemoryAccessPoint(
  files: Record<string, Uint8Array> = {},
  options: MemoryAccessPointOptions = {},
): MemoryAccessPoint {
  const etagOf = options.etagOf ?? ((key, bytes) => `"e-${key}-${bytes.length}"`);
  const lastModified = options.lastModified ?? new Date(0).toISOString();
  const pageSize = options.pageSize ?? 1000;
  const calls: MemoryAccessPointCalls = { list: 0, head: 0, bytes: 0, range: 0, stream: 0, put: 0 };
  const get = (key: string): Uint8Array => {
    const bytes = files[key];
    if (bytes === undefined) throw new ObjectNotFoundError(`${key} does not exist`);
    return bytes;
  };
  const summaries = (): S3ObjectSummary[] =>
    Object.keys(files)
      .sort()
      .map((key) => {
        const bytes = get(key);
        return { key, size: bytes.length, etag: etagOf(key, bytes), lastModified };
      });
  const readWhole = (key: string, read: ReadOptions = {}): Uint8Array => {
    const bytes = get(key);
    const maxBytes = read.maxBytes ?? DEFAULT_MAX_READ_BYTES;
    if (bytes.length > maxBytes) {
      throw new ObjectTooLargeError(`${key} is ${bytes.length} bytes, more than the ${maxBytes} bytes allowed`);
    }
    if (bytes.length === 0 && read.allowEmpty !== true) throw new EmptyObjectError(`${key} is empty (0 bytes)`);
    return bytes;
  };
  const put = async (key: string, body: Uint8Array | string) => {
    calls.put += 1;
    files[key] = Uint8Array.from(toBytes(body));
  };
  async function* listPages(list: ListOptions = {}): AsyncGenerator<S3ObjectSummary[]> {
    const suffixes = normalizeSuffixes(list.suffixes ?? []);
    const maxObjects = list.maxObjects ?? Number.POSITIVE_INFINITY;
    const all = summaries().filter((object) => object.key.startsWith(list.prefix ?? '') && !object.key.endsWith('/'));
    let yielded = 0;
    for (let start = 0; start < all.length && yielded < maxObjects; start += list.pageSize ?? pageSize) {
      calls.list += 1;
      const page = all
        .slice(start, start + (list.pageSize ?? pageSize))
        .filter((object) => matchesSuffix(object.key, suffixes))
        .slice(0, maxObjects - yielded);
      yielded += page.length;
      if (page.length > 0) yield page;
    }
  }
  return {
    bucket: options.bucket ?? 'memory-input',
    files,
    calls,
    summaries,
    listPages,
    async *listObjects(list) {
      for await (const page of listPages(list)) yield* page;
    },
    async listAll(list) {
      const all: S3ObjectSummary[] = [];
      for await (const page of listPages(list)) all.push(...page);
      return all;
    },
    async head(key): Promise<ObjectHead> {
      calls.head += 1;
      const bytes = get(key);
      return { size: bytes.length, etag: etagOf(key, bytes), lastModified };
    },
    async getStream(key) {
      calls.stream += 1;
      return Readable.from([Buffer.from(get(key))]);
    },
    async getBytes(key, read) {
      calls.bytes += 1;
      return readWhole(key, read);
    },
    async getRange(key, start, endInclusive) {
      calls.range += 1;
      const bytes = get(key);
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(endInclusive) || start < 0 || start > endInclusive) {
        throw new ValidationError(`Invalid byte range ${start}-${endInclusive} for ${key}`);
      }
      // S3 answers 416 for a range that starts past the end, and cuts one that ends past it.
      if (start >= bytes.length) throw new ValidationError(`Range ${start}-${endInclusive} is past the end of ${key}`);
      return bytes.subarray(start, endInclusive + 1);
    },
    async getText(key, read) {
      calls.bytes += 1;
      return decodeUtf8(readWhole(key, read));
    },
    putJson: (key, value) => put(key, JSON.stringify(value)),
    putText: (key, text) => put(key, text),
    putBytes: (key, body) => put(key, body),
    async upload(key, body) {
      if (body instanceof Uint8Array) return put(key, body);
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
      return put(key, Buffer.concat(chunks));
    },
  };
}
