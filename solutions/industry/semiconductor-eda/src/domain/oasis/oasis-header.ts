/**
 * The head of an OASIS file (SEMI P39): the magic `%SEMI-OASIS\r\n` and the START record (version string, unit
 * real, offset flag and, when the flag is 0, the table offsets). Read from the first bytes only (a ranged GET).
 */
import { OasisFormatError } from '../../errors';

/** `%SEMI-OASIS\r\n`. */
export const OASIS_MAGIC = new Uint8Array(Buffer.from('%SEMI-OASIS\r\n', 'latin1'));
/** Record id of START. */
export const START_RECORD = 1;
const MAX_UINT_BYTES = 8;
/** Longest version string accepted (the standard's is `1.0`). */
export const MAX_VERSION_LENGTH = 64;

/** What START says. */
export interface OasisHeader {
  version: string;
  /** Database units per micron (the unit real). */
  unit: number;
  /** 0: table offsets in START; 1: in END. */
  offsetFlag: number;
  /** Bytes of the magic and START record. */
  headerBytes: number;
}

/** A cursor over the header bytes; every read throws `OasisFormatError` with the offset when bytes run out. */
class Cursor {
  constructor(
    private readonly bytes: Uint8Array,
    public offset: number,
  ) {}

  byte(what: string): number {
    const value = this.bytes[this.offset];
    if (value === undefined) {
      throw new OasisFormatError(`${what} at offset ${this.offset} is cut off: only ${this.bytes.length} bytes read`);
    }
    this.offset += 1;
    return value;
  }

  /** An unsigned-integer: 7 bits per byte, least significant first, high bit = more bytes. */
  uint(what: string): number {
    const start = this.offset;
    let value = 0;
    for (let index = 0; index < MAX_UINT_BYTES; index += 1) {
      const byte = this.byte(what);
      value += (byte & 0x7f) * 2 ** (7 * index);
      if ((byte & 0x80) === 0) return value;
    }
    throw new OasisFormatError(`${what} at offset ${start} is longer than ${MAX_UINT_BYTES} bytes`);
  }

  real(what: string): number {
    const start = this.offset;
    const type = this.uint(what);
    if (type <= 5) {
      const first = this.uint(what);
      const value = type <= 1 ? first : type <= 3 ? 1 / first : first / this.uint(what);
      if (!Number.isFinite(value)) throw new OasisFormatError(`${what} at offset ${start} divides by zero`);
      return type % 2 === 1 ? -value : value;
    }
    if (type === 6 || type === 7) {
      const size = type === 6 ? 4 : 8;
      const raw = Buffer.from(Array.from({ length: size }, () => this.byte(what)));
      return type === 6 ? raw.readFloatLE(0) : raw.readDoubleLE(0);
    }
    throw new OasisFormatError(`${what} at offset ${start} has real type ${type}; 0-7 are defined`);
  }
}

/** Parses the magic and START record from the first bytes of a file. Throws `OasisFormatError`. */
export function parseOasisHeader(bytes: Uint8Array): OasisHeader {
  for (let i = 0; i < OASIS_MAGIC.length; i += 1) {
    if (bytes[i] !== OASIS_MAGIC[i]) {
      const reason = i >= bytes.length ? 'the file ends' : `byte 0x${(bytes[i] ?? 0).toString(16)} differs`;
      throw new OasisFormatError(`not an OASIS file: ${reason} at offset ${i} of the magic %SEMI-OASIS\\r\\n`);
    }
  }
  const cursor = new Cursor(bytes, OASIS_MAGIC.length);
  const recordOffset = cursor.offset;
  const id = cursor.byte('START record id');
  if (id !== START_RECORD) {
    throw new OasisFormatError(`record id ${id} at offset ${recordOffset}; the magic must be followed by START (1)`);
  }
  const versionOffset = cursor.offset;
  const length = cursor.uint('START version length');
  if (length > MAX_VERSION_LENGTH) {
    throw new OasisFormatError(`START version at offset ${versionOffset} is ${length} bytes long`);
  }
  const chars: number[] = [];
  for (let i = 0; i < length; i += 1) chars.push(cursor.byte('START version string'));
  const version = Buffer.from(chars).toString('latin1');
  const unitOffset = cursor.offset;
  const unit = cursor.real('START unit');
  if (!(unit > 0)) throw new OasisFormatError(`START unit at offset ${unitOffset} is ${unit}; it must be positive`);
  const flagOffset = cursor.offset;
  const offsetFlag = cursor.uint('START offset-flag');
  if (offsetFlag > 1) throw new OasisFormatError(`START offset-flag at offset ${flagOffset} is ${offsetFlag}`);
  if (offsetFlag === 0) for (let i = 0; i < 12; i += 1) cursor.uint('START table-offsets');
  return { version, unit, offsetFlag, headerBytes: cursor.offset };
}
