/**
 * Feeds an object's bytes to a push parser, gunzipped on the way when the key ends in `.gz` (gzip or BGZF: node:zlib
 * reads concatenated members), and stops reading, destroying the stream, as soon as the parser has enough.
 */
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { GzipFormatError } from '../errors';

/** Output chunk size of the gunzip stream: larger chunks mean fewer parser calls. */
const GUNZIP_CHUNK_BYTES = 64 * 1024;

/** What reading the stream came to. */
export interface FeedResult {
  /** True when the parser stopped before the end of the stream. */
  stopped: boolean;
  /** Bytes handed to the parser (decompressed bytes for gzip). */
  bytes: number;
}

/** True for keys read through gunzip. */
export function isGzipKey(key: string): boolean {
  return key.toLowerCase().endsWith('.gz');
}

/** A zlib error by its code (not `instanceof`: the error may come from another realm, as in a test VM). */
function isZlibError(error: unknown): error is Error & { code: string } {
  const code: unknown = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Reads `body` (gunzipped when `gzip`) into `push` until it returns false or the stream ends. A corrupt or
 * truncated gzip stream throws GzipFormatError naming how many compressed and decompressed bytes were read.
 */
export async function feedStream(
  body: Readable,
  gzip: boolean,
  push: (chunk: Uint8Array) => boolean,
): Promise<FeedResult> {
  const gunzip = gzip ? createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES }) : undefined;
  // The pipeline destroys the body when the gunzip stream is destroyed, and fails it when the body fails.
  const source: Readable = gunzip === undefined ? body : pipeline(body, gunzip, () => undefined);
  let bytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (!push(chunk)) return { stopped: true, bytes };
    }
    return { stopped: false, bytes };
  } catch (error) {
    if (gunzip !== undefined && isZlibError(error)) {
      throw new GzipFormatError(
        `not a valid gzip stream (${error.message}, ${error.code}) after ${gunzip.bytesWritten} compressed bytes, at decompressed byte ${bytes}`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    source.destroy();
    body.destroy();
  }
}
