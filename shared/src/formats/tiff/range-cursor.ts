/** Bounded, cached ranged reads of a file whose size is known: what the TIFF reader reads through. */
import { TiffFormatError } from './errors';

/** A file read by byte ranges (e.g. an object read with ranged GETs). */
export interface RangeSource {
  /** Size of the file in bytes. */
  size: number;
  /** Bytes `start..endInclusive`; the reader never asks past `size - 1`. */
  read(start: number, endInclusive: number): Promise<Uint8Array>;
}

/** Bounds of one header read. */
export interface RangeLimits {
  /** At most this many range reads (default 32). */
  maxReads?: number;
  /** At most this many bytes read in total (default 1 MiB). */
  maxBytes?: number;
  /** Each read fetches at least this many bytes, so neighbouring fields cost one read (default 4096). */
  readAhead?: number;
}

/** What the reads cost. */
export interface RangeStats {
  reads: number;
  bytesRead: number;
}

interface Segment {
  start: number;
  bytes: Uint8Array;
}

/** Reads `length` bytes at `offset`, from the segments already read when they cover it, within the limits. */
export class RangeCursor {
  readonly size: number;
  private readonly segments: Segment[] = [];
  private readonly source: RangeSource;
  private readonly maxReads: number;
  private readonly maxBytes: number;
  private readonly readAhead: number;
  readonly stats: RangeStats = { reads: 0, bytesRead: 0 };

  constructor(source: RangeSource, limits: RangeLimits = {}) {
    this.source = source;
    this.size = source.size;
    this.maxReads = limits.maxReads ?? 32;
    this.maxBytes = limits.maxBytes ?? 1024 * 1024;
    this.readAhead = limits.readAhead ?? 4096;
  }

  /** The `length` bytes at `offset`; throws {@link TiffFormatError} when they are past the end of the file. */
  async bytes(offset: number, length: number, what: string): Promise<Uint8Array> {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
      throw new TiffFormatError(`${what} has an invalid offset or length ${length}`, Math.max(0, offset || 0));
    }
    if (offset + length > this.size) {
      throw new TiffFormatError(`${what} (${length} bytes) ends past the end of the ${this.size}-byte file`, offset);
    }
    if (length === 0) return new Uint8Array(0);
    const needEnd = offset + length;
    const pieces: Uint8Array[] = [];
    for (let pos = offset; pos < needEnd; ) {
      const held = this.segments.find((segment) => segment.start <= pos && pos < segment.start + segment.bytes.length);
      if (held) {
        const piece = held.bytes.subarray(pos - held.start, Math.min(held.bytes.length, needEnd - held.start));
        if (pos === offset && piece.length === length) return piece;
        pieces.push(piece);
        pos += piece.length;
        continue;
      }
      pos += await this.fetch(pos, needEnd, what, pieces);
    }
    const joined = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      joined.set(piece, at);
      at += piece.length;
    }
    this.segments.push({ start: offset, bytes: joined });
    return joined;
  }

  /** Reads from `pos` (at least to `needEnd`, read-ahead up to the next held segment); returns the bytes used. */
  private async fetch(pos: number, needEnd: number, what: string, pieces: Uint8Array[]): Promise<number> {
    const nextHeld = Math.min(
      this.size,
      ...this.segments.filter((segment) => segment.start > pos).map((segment) => segment.start),
    );
    const end = Math.min(nextHeld, Math.max(needEnd, pos + this.readAhead)) - 1;
    const want = end - pos + 1;
    if (this.stats.reads + 1 > this.maxReads) {
      throw new TiffFormatError(`reading ${what} needs more than ${this.maxReads} range reads`, pos);
    }
    if (this.stats.bytesRead + want > this.maxBytes) {
      throw new TiffFormatError(`reading ${what} needs more than ${this.maxBytes} bytes`, pos);
    }
    const bytes = await this.source.read(pos, end);
    this.stats.reads += 1;
    this.stats.bytesRead += bytes.length;
    const used = Math.min(bytes.length, needEnd - pos);
    if (bytes.length < want) throw new TiffFormatError(`${what} is truncated`, pos + bytes.length);
    this.segments.push({ start: pos, bytes });
    pieces.push(bytes.subarray(0, used));
    return used;
  }
}

/** A {@link RangeSource} over bytes in memory (tests, demo data, small files). */
export function bytesSource(bytes: Uint8Array): RangeSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end + 1) };
}
