/** Reading a log within a byte cap: whole when it fits, otherwise a head window and a tail window by range. */

import { ValidationError } from '@fsxn-s3ap/shared/errors';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { decodeUtf8 } from '@fsxn-s3ap/shared/s3';

/** How the text was obtained. */
export interface LogText {
  text: string;
  /** `whole`, or `head+tail` when the file was larger than the cap. */
  readMode: 'whole' | 'head+tail';
  bytesRead: number;
  /** Bytes between the two windows that were not read. */
  skippedBytes: number;
  /** The byte ranges read, inclusive. */
  windows: { start: number; end: number }[];
}

/** The access point reads this needs. */
export type LogReader = Pick<AccessPointClient, 'getBytes' | 'getRange'>;

/**
 * Reads `key` (of `size` bytes) with at most `capBytes` bytes: a file that fits is read whole; a larger one is read
 * as its first and last `capBytes / 2` bytes (failovers are usually at the end, the configuration at the start),
 * each window trimmed to whole lines and joined by a marker line. Invalid UTF-8 becomes U+FFFD.
 */
export async function readLog(reader: LogReader, key: string, size: number, capBytes: number): Promise<LogText> {
  if (!Number.isInteger(capBytes) || capBytes < 2)
    throw new ValidationError(`The read cap must be at least 2 bytes, got ${capBytes}`);
  if (size <= capBytes) {
    const bytes = await reader.getBytes(key, { maxBytes: capBytes, allowEmpty: true });
    const windows = bytes.byteLength === 0 ? [] : [{ start: 0, end: bytes.byteLength - 1 }];
    return { text: decodeUtf8(bytes), readMode: 'whole', bytesRead: bytes.byteLength, skippedBytes: 0, windows };
  }
  const half = Math.floor(capBytes / 2);
  const head = decodeUtf8(await reader.getRange(key, 0, half - 1));
  const tail = decodeUtf8(await reader.getRange(key, size - half, size - 1));
  const headLines = head.slice(0, Math.max(0, head.lastIndexOf('\n')));
  const tailLines = tail.slice(tail.indexOf('\n') + 1);
  const skipped = size - 2 * half;
  return {
    text: `${headLines}\n[... ${skipped} bytes not read ...]\n${tailLines}`,
    readMode: 'head+tail',
    bytesRead: 2 * half,
    skippedBytes: skipped,
    windows: [
      { start: 0, end: half - 1 },
      { start: size - half, end: size - 1 },
    ],
  };
}
