/**
 * Splits a GDSII byte stream into records as chunks arrive: memory stays one record (at most 65 535 bytes) beyond
 * the chunk being read, whatever the file size.
 */
import { GdsFormatError } from '../../errors';
import * as records from './records';

// Local copies: read for every record (a module namespace read costs a getter call where modules are not bundled).
const MAX_RECORD_TYPE = records.MAX_RECORD_TYPE;
const RECORD_HEADER_BYTES = records.RECORD_HEADER_BYTES;

/** One record: where it starts, its type codes and its data (valid until the visitor returns). */
export interface GdsRecord {
  offset: number;
  type: number;
  dataType: number;
  data: Uint8Array;
}

/** Feeds chunks in order; `end()` checks that the stream did not stop inside a record. */
export interface RecordSplitter {
  push(chunk: Uint8Array): void;
  end(): void;
  /** Bytes consumed so far (complete records). */
  readonly offset: number;
  /** The visitor asked to stop; later chunks are ignored. */
  readonly stopped: boolean;
}

const MAX_RECORD_BYTES = 0xffff;

function checkHeader(length: number, type: number, offset: number): void {
  if (length < RECORD_HEADER_BYTES || length % 2 !== 0) {
    throw new GdsFormatError(`record length ${length} at offset ${offset} is not an even number >= 4`);
  }
  if (type > MAX_RECORD_TYPE) {
    throw new GdsFormatError(`unknown record type 0x${type.toString(16).padStart(2, '0')} at offset ${offset}`);
  }
}

/**
 * A splitter that calls `visit` for each complete record; `visit` returns true to stop (ENDLIB: the zero padding
 * after it is not read). Throws `GdsFormatError` with the byte offset.
 */
export function createRecordSplitter(visit: (record: GdsRecord) => boolean): RecordSplitter {
  const pending = new Uint8Array(MAX_RECORD_BYTES);
  let pendingLength = 0;
  let offset = 0;
  let stopped = false;

  /** Completes the record begun in `pending` from `chunk`; returns the bytes of `chunk` used. */
  const fillPending = (chunk: Uint8Array): number => {
    let used = Math.max(0, Math.min(RECORD_HEADER_BYTES - pendingLength, chunk.length));
    if (used > 0) {
      pending.set(chunk.subarray(0, used), pendingLength);
      pendingLength += used;
    }
    if (pendingLength < RECORD_HEADER_BYTES) return used;
    const length = ((pending[0] ?? 0) << 8) | (pending[1] ?? 0);
    checkHeader(length, pending[2] ?? 0, offset);
    const take = Math.min(length - pendingLength, chunk.length - used);
    pending.set(chunk.subarray(used, used + take), pendingLength);
    pendingLength += take;
    used += take;
    if (pendingLength === length) {
      stopped = visit({ offset, type: pending[2] ?? 0, dataType: pending[3] ?? 0, data: pending.slice(4, length) });
      offset += length;
      pendingLength = 0;
    }
    return used;
  };

  return {
    get offset() {
      return offset;
    },
    get stopped() {
      return stopped;
    },
    push(chunk) {
      if (stopped) return;
      let position = pendingLength > 0 ? fillPending(chunk) : 0;
      while (!stopped && pendingLength === 0 && chunk.length - position >= RECORD_HEADER_BYTES) {
        const length = ((chunk[position] ?? 0) << 8) | (chunk[position + 1] ?? 0);
        const type = chunk[position + 2] ?? 0;
        checkHeader(length, type, offset);
        if (chunk.length - position < length) break;
        const data = chunk.subarray(position + 4, position + length);
        stopped = visit({ offset, type, dataType: chunk[position + 3] ?? 0, data });
        offset += length;
        position += length;
      }
      if (!stopped && position < chunk.length) {
        if (pendingLength > 0) return;
        fillPending(chunk.subarray(position));
      }
    },
    end() {
      if (pendingLength > 0) {
        throw new GdsFormatError(
          `stream ends at offset ${offset + pendingLength} inside the record at offset ${offset}`,
        );
      }
    },
  };
}
