import { Readable } from 'node:stream';
import { FsxnError, ObjectTooLargeError } from '../errors';

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function hasByteArray(value: unknown): value is { transformToByteArray(): Promise<Uint8Array> } {
  return typeof value === 'object' && value !== null && 'transformToByteArray' in value;
}

function plain(bytes: Uint8Array): Uint8Array {
  // A Buffer is a Uint8Array subclass; callers get the plain type, sharing the same memory.
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return plain(chunk);
  if (typeof chunk === 'string') return plain(Buffer.from(chunk, 'utf8'));
  throw new FsxnError(`Unexpected chunk type in an S3 body: ${typeof chunk}`);
}

function tooLarge(where: string, limit: number): ObjectTooLargeError {
  return new ObjectTooLargeError(
    `${where} is larger than the ${limit} bytes allowed in memory; read it with getStream or getRange`,
  );
}

/** Stops a body nobody will read, so its socket goes back to the pool. */
export function discardBody(body: unknown): void {
  if (body instanceof Readable) body.destroy();
}

/** Reads an SDK body into memory, failing with ObjectTooLargeError as soon as more than `limit` bytes arrive. */
export async function readBody(body: unknown, limit: number, where: string): Promise<Uint8Array> {
  if (body instanceof Uint8Array || typeof body === 'string') {
    const bytes = toBytes(body);
    if (bytes.byteLength > limit) throw tooLarge(where, limit);
    return bytes;
  }
  if (isAsyncIterable(body)) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of body) {
      const bytes = toBytes(chunk);
      total += bytes.byteLength;
      // Leaving the loop by throwing destroys the stream, so the rest is never downloaded.
      if (total > limit) throw tooLarge(where, limit);
      chunks.push(bytes);
    }
    return chunks.length === 1 && chunks[0] ? chunks[0] : plain(Buffer.concat(chunks, total));
  }
  if (hasByteArray(body)) return readBody(await body.transformToByteArray(), limit, where);
  throw new FsxnError(`S3 returned no readable body for ${where}`);
}

/** An SDK body as a Node stream. */
export function toReadable(body: unknown, where: string): Readable {
  if (body instanceof Readable) return body;
  if (body instanceof Uint8Array || typeof body === 'string') return Readable.from([toBytes(body)]);
  if (isAsyncIterable(body)) return Readable.from(body);
  throw new FsxnError(`S3 returned no readable body for ${where}`);
}

const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 text of `bytes`; invalid sequences become U+FFFD and a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}
