/**
 * The BAM header fields (SAM/BAM specification section 4.2) read incrementally from inflated bytes: `BAM\1`, l_text
 * and the SAM header text, n_ref and each reference's name and length. Offsets in errors count inflated bytes.
 */
import { BamFormatError } from '../errors';

/** The decoded header. */
export interface BamHeaderFields {
  text: string;
  references: { name: string; length: number }[];
  /** Inflated bytes the header takes. */
  bytes: number;
}

const MAGIC = [0x42, 0x41, 0x4d, 0x01];

/** Collects inflated bytes and reports the header once every field is in. */
export class BamHeaderReader {
  private buffer = Buffer.alloc(0);
  private length = 0;
  private position = 0;
  private text: string | undefined;
  private referenceCount: number | undefined;
  private readonly references: { name: string; length: number }[] = [];

  constructor(private readonly maxBytes: number) {}

  /** Inflated bytes received. */
  get received(): number {
    return this.length;
  }

  /** Adds inflated bytes; returns the header once complete, else undefined. */
  push(data: Uint8Array): BamHeaderFields | undefined {
    if (this.length + data.length > this.maxBytes) {
      throw new BamFormatError(`the BAM header is larger than ${this.maxBytes} inflated bytes`);
    }
    if (this.length + data.length > this.buffer.length) {
      const grown = Buffer.alloc(Math.min(this.maxBytes, Math.max(2 * this.buffer.length, this.length + data.length)));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this.advance();
  }

  private int32(at: number, what: string): number {
    const value = this.buffer.readInt32LE(at);
    if (value < 0) throw new BamFormatError(`negative ${what} ${value} at inflated byte ${at}`);
    return value;
  }

  private advance(): BamHeaderFields | undefined {
    if (this.text === undefined) {
      if (this.length < 8) return undefined;
      if (MAGIC.some((byte, index) => this.buffer[index] !== byte)) {
        throw new BamFormatError('no BAM\\1 magic at inflated byte 0: not a BAM file');
      }
      const textLength = this.int32(4, 'l_text');
      if (this.length < 8 + textLength) return undefined;
      // The text may be padded with NULs.
      const end = this.buffer.indexOf(0, 8);
      this.text = this.buffer.toString('utf8', 8, end === -1 || end > 8 + textLength ? 8 + textLength : end);
      this.position = 8 + textLength;
    }
    if (this.referenceCount === undefined) {
      if (this.length < this.position + 4) return undefined;
      this.referenceCount = this.int32(this.position, 'n_ref');
      this.position += 4;
    }
    while (this.references.length < this.referenceCount) {
      if (this.length < this.position + 4) return undefined;
      const nameLength = this.int32(this.position, 'l_name');
      if (nameLength < 1) throw new BamFormatError(`reference name length 0 at inflated byte ${this.position}`);
      if (this.length < this.position + 4 + nameLength + 4) return undefined;
      const nameEnd = this.position + 4 + nameLength - 1;
      if (this.buffer[nameEnd] !== 0) {
        throw new BamFormatError(`reference name at inflated byte ${this.position + 4} is not NUL-terminated`);
      }
      const name = this.buffer.toString('utf8', this.position + 4, nameEnd);
      const length = this.int32(nameEnd + 1, 'l_ref');
      this.references.push({ name, length });
      this.position = nameEnd + 5;
    }
    return { text: this.text, references: this.references, bytes: this.position };
  }
}
