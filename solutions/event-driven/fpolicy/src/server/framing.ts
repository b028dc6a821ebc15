/**
 * FPolicy framing: a `"` byte, a 4-byte big-endian payload length, a `"` byte, then the payload. Stray bytes
 * before the opening quote (ONTAP pads with NULs) are skipped up to a bound.
 */
import { FramingError } from '../errors';

/** Largest payload accepted (10 MiB). */
export const MAX_FRAME_BYTES = 10 * 1024 * 1024;
/** Largest payload accepted before the handshake (a NEGO_REQ is well under 1 KiB). */
export const MAX_HANDSHAKE_FRAME_BYTES = 64 * 1024;
/** Chunks smaller than this are copied into a shared block instead of being kept one object each. */
const SMALL_CHUNK_BYTES = 4096;
const BLOCK_BYTES = 16 * 1024;
/** Most stray bytes skipped before an opening quote before the stream is declared out of sync. */
export const MAX_STRAY_BYTES = 64;

const QUOTE = 0x22;
const PREFIX_BYTES = 6;

/** Wraps `payload` in a frame. */
export function encodeFrame(payload: Uint8Array): Buffer {
  if (payload.length === 0 || payload.length > MAX_FRAME_BYTES) {
    throw new FramingError(`payload of ${payload.length} bytes cannot be framed (1..${MAX_FRAME_BYTES})`);
  }
  const frame = Buffer.allocUnsafe(PREFIX_BYTES + payload.length);
  frame[0] = QUOTE;
  frame.writeUInt32BE(payload.length, 1);
  frame[5] = QUOTE;
  frame.set(payload, PREFIX_BYTES);
  return frame;
}

/**
 * Incremental decoder: `push` bytes as they arrive, get back every complete payload. Small chunks (a sender
 * trickling 1-byte segments) are packed into 16 KiB blocks, so memory stays close to the bytes held. After a
 * FramingError the decoder is unusable (the stream position is unknown), so the caller closes the connection.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The block small chunks are packed into, and how much of it is used (its bytes are counted in `buffered`). */
  private block: Buffer | undefined;
  private blockUsed = 0;
  /** Largest payload this decoder accepts; raise it after the handshake. */
  maxFrameBytes: number;

  constructor(maxFrameBytes: number = MAX_FRAME_BYTES) {
    this.maxFrameBytes = maxFrameBytes;
  }
  /** Payload length of the frame whose prefix was consumed, while its payload is still arriving. */
  private expected: number | undefined;
  private failed = false;

  /** Bytes received that do not yet form a whole frame (a consumed prefix included). */
  get pendingBytes(): number {
    return this.buffered + (this.expected === undefined ? 0 : PREFIX_BYTES);
  }

  /** Appends `chunk` and returns the payloads it completes, in order. */
  push(chunk: Uint8Array): Buffer[] {
    if (this.failed) throw new FramingError('decoder already failed; the connection must be closed');
    this.append(chunk);
    const frames: Buffer[] = [];
    try {
      for (let frame = this.next(); frame; frame = this.next()) frames.push(frame);
    } catch (error) {
      this.failed = true;
      throw error;
    }
    return frames;
  }

  private append(chunk: Uint8Array): void {
    if (chunk.byteLength === 0) return;
    this.buffered += chunk.byteLength;
    if (chunk.byteLength >= SMALL_CHUNK_BYTES) {
      this.seal();
      this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      return;
    }
    if (this.block && this.blockUsed + chunk.byteLength > this.block.length) this.seal();
    this.block ??= Buffer.allocUnsafe(BLOCK_BYTES);
    this.block.set(chunk, this.blockUsed);
    this.blockUsed += chunk.byteLength;
  }

  /** Moves the packed bytes of the block into `chunks` (copied, so the block's memory is not pinned). */
  private seal(): void {
    if (!this.block || this.blockUsed === 0) return;
    this.chunks.push(Buffer.from(this.block.subarray(0, this.blockUsed)));
    this.blockUsed = 0;
  }

  /** Removes and returns the first `count` buffered bytes (a copy when they span chunks). */
  private consume(count: number): Buffer {
    this.seal();
    const first = this.chunks[0] as Buffer;
    if (first.length >= count) {
      const taken = first.subarray(0, count);
      if (first.length === count) this.chunks.shift();
      else this.chunks[0] = first.subarray(count);
      this.buffered -= count;
      return taken;
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const head = this.chunks[0] as Buffer;
      const part = Math.min(head.length, count - filled);
      head.copy(out, filled, 0, part);
      filled += part;
      if (part === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(part);
    }
    this.buffered -= count;
    return out;
  }

  /** A copy of up to `count` leading bytes, without consuming them. */
  private peek(count: number): Buffer {
    this.seal();
    const wanted = Math.min(count, this.buffered);
    const out = Buffer.allocUnsafe(wanted);
    let filled = 0;
    for (const chunk of this.chunks) {
      if (filled >= wanted) break;
      filled += chunk.copy(out, filled, 0, Math.min(chunk.length, wanted - filled));
    }
    return out;
  }

  private readPrefix(): number | undefined {
    const head = this.peek(MAX_STRAY_BYTES + PREFIX_BYTES);
    const start = head.indexOf(QUOTE);
    if (start < 0 || start > MAX_STRAY_BYTES) {
      if (head.length > MAX_STRAY_BYTES) throw new FramingError(`no opening quote within ${MAX_STRAY_BYTES} bytes`);
      return undefined;
    }
    if (head.length < start + PREFIX_BYTES) return undefined;
    const length = head.readUInt32BE(start + 1);
    if (head[start + 5] !== QUOTE) throw new FramingError('missing closing quote after the 4-byte length');
    if (length === 0) throw new FramingError('frame length is 0');
    if (length > this.maxFrameBytes) {
      throw new FramingError(`frame length ${length} exceeds ${this.maxFrameBytes} bytes`);
    }
    this.consume(start + PREFIX_BYTES);
    return length;
  }

  private next(): Buffer | undefined {
    if (this.expected === undefined) {
      if (this.buffered === 0) return undefined;
      this.expected = this.readPrefix();
      if (this.expected === undefined) return undefined;
    }
    if (this.buffered < this.expected) return undefined;
    const payload = this.consume(this.expected);
    this.expected = undefined;
    return payload;
  }
}
