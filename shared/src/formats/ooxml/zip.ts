/**
 * Reading entries of a zip archive (the container of .docx and .xlsx) from its central directory, inflating with
 * node:zlib under a byte budget and checking each entry's CRC-32: an entry may not inflate beyond its declared size, declared sizes count against a
 * total, and the number of entries is capped, so a zip bomb stops at the limit instead of filling memory.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { OoxmlFormatError } from './errors';

/** Limits of the zip reader. */
export interface ZipLimits {
  /** Most entries in the archive; default 5,000. */
  maxEntries: number;
  /** Most bytes inflated, over every entry read; default 100 MiB. */
  maxUncompressedBytes: number;
}

interface EntryInfo {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A zip archive's entries by name, read lazily and within a budget. */
export class ZipArchive {
  private readonly entries = new Map<string, EntryInfo>();
  private inflated = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: ZipLimits,
  ) {
    const eocd = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(eocd + 10);
    const directoryOffset = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff)
      throw new OoxmlFormatError('ZIP64 archives are not read', eocd);
    if (count > limits.maxEntries) {
      throw new OoxmlFormatError(`Archive has ${count} entries; at most ${limits.maxEntries} are read`, eocd);
    }
    let offset = directoryOffset;
    for (let index = 0; index < count; index += 1) {
      need(bytes, offset, 46, 'central directory entry');
      if (bytes.readUInt32LE(offset) !== CENTRAL) throw new OoxmlFormatError('Corrupt central directory entry', offset);
      const flags = bytes.readUInt16LE(offset + 8);
      const nameLength = bytes.readUInt16LE(offset + 28);
      const skip = nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
      need(bytes, offset + 46, skip, 'central directory entry name');
      const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
      if (flags & 0x1) throw new OoxmlFormatError(`Entry ${name} is encrypted`, offset);
      this.entries.set(name, {
        method: bytes.readUInt16LE(offset + 10),
        crc: bytes.readUInt32LE(offset + 16),
        compressedSize: bytes.readUInt32LE(offset + 20),
        size: bytes.readUInt32LE(offset + 24),
        localOffset: bytes.readUInt32LE(offset + 42),
      });
      offset += 46 + skip;
    }
  }

  /** The entry's bytes, inflated; undefined when there is no such entry. */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const { bytes } = this;
    need(bytes, entry.localOffset, 30, `local header of ${name}`);
    if (bytes.readUInt32LE(entry.localOffset) !== LOCAL) {
      throw new OoxmlFormatError(`Corrupt local header of ${name}`, entry.localOffset);
    }
    const start =
      entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
    need(bytes, start, entry.compressedSize, `data of ${name}`);
    if (this.inflated + entry.size > this.limits.maxUncompressedBytes) {
      throw new OoxmlFormatError(
        `Entries inflate to more than ${this.limits.maxUncompressedBytes} bytes`,
        entry.localOffset,
        name,
      );
    }
    this.inflated += entry.size;
    const data = bytes.subarray(start, start + entry.compressedSize);
    const output = inflateEntry(data, entry, name, start);
    if (crc32(output) !== entry.crc) throw new OoxmlFormatError(`Entry ${name} fails its CRC-32 check`, start);
    return output;
  }
}

function inflateEntry(data: Buffer, entry: EntryInfo, name: string, start: number): Buffer {
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new OoxmlFormatError(`Stored entry ${name} has the wrong size`, start);
    return data;
  }
  if (entry.method !== 8) throw new OoxmlFormatError(`Entry ${name} uses compression method ${entry.method}`, start);
  let output: Buffer;
  try {
    output = entry.size === 0 ? Buffer.alloc(0) : inflateRawSync(data, { maxOutputLength: entry.size });
  } catch (error) {
    const tooLarge = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    const reason = tooLarge ? 'inflates beyond its declared size' : 'is not valid deflate data';
    throw new OoxmlFormatError(`Entry ${name} ${reason}`, start, undefined, { cause: error });
  }
  if (output.length !== entry.size) {
    throw new OoxmlFormatError(
      `Entry ${name} inflates to ${output.length} bytes, not the declared ${entry.size}`,
      start,
    );
  }
  return output;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === EOCD) return offset;
  }
  throw new OoxmlFormatError('Not a zip archive (no end of central directory record)', Math.max(0, bytes.length - 22));
}

function need(bytes: Buffer, offset: number, length: number, what: string): void {
  if (offset + length > bytes.length) throw new OoxmlFormatError(`Truncated ${what}`, Math.min(offset, bytes.length));
}
