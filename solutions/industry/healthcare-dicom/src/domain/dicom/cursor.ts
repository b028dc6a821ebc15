/** A little-endian reader over the bytes read so far, telling "truncated" apart from "need more bytes". */
import { DicomFormatError } from '../../errors';

/** Thrown while the stream is not finished: the parse needs the file up to `needed` bytes. */
export class NeedMoreBytes extends Error {
  override name = 'NeedMoreBytes';
  constructor(readonly needed: number) {
    super(`need ${needed} bytes`);
  }
}

/** Reads `bytes[0..]`; `final` says the file ends there (missing bytes are then a truncation error). */
export class Cursor {
  pos = 0;
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly final: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  /** Ensures `n` bytes at `pos`; `what` names the structure in the error. */
  need(n: number, what: string): void {
    if (this.pos + n <= this.bytes.length) return;
    if (!this.final) throw new NeedMoreBytes(this.pos + n);
    throw new DicomFormatError(
      `Truncated DICOM: ${what} at offset ${this.pos} needs ${n} bytes but the file ends at offset ${this.bytes.length}`,
    );
  }

  u16(): number {
    this.need(2, 'a 16-bit value');
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32(): number {
    this.need(4, 'a 32-bit value');
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** The next `n` bytes (a view, not a copy). */
  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** The next 16-bit value without consuming it, or undefined at the end of a finished file. */
  peekU16(): number | undefined {
    if (this.final && this.remaining === 0) return undefined;
    this.need(2, 'a tag');
    return this.view.getUint16(this.pos, true);
  }
}
