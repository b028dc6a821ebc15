/** The TIFF header and image file directories (IFDs): entries, inline or out-of-line values, the IFD chain. */
import { TiffFormatError } from './errors';
import type { RangeCursor } from './range-cursor';
import { layoutOf, type TiffLayout, TiffType, typeSize } from './tags';

/** One IFD entry; its values stay in the file until {@link readValues} reads them. */
export interface TiffEntry {
  tag: number;
  type: number;
  count: number;
  /** File offset of the values (inside the entry when they fit). */
  valueOffset: number;
  /** Bytes of the values. */
  byteLength: number;
}

/** One directory: its file offset, its entries by tag and the offset of the next one (0 at the end). */
export interface RawIfd {
  offset: number;
  entries: Map<number, TiffEntry>;
  next: number;
}

/** Byte order and layout read from the header, plus the first IFD's offset. */
export interface TiffHeader extends TiffLayout {
  littleEndian: boolean;
  firstIfd: number;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** An unsigned 64-bit value as a number; throws when it is above 2^53. */
function u64(data: DataView, at: number, le: boolean, fileOffset: number): number {
  const value = data.getBigUint64(at, le);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new TiffFormatError('64-bit value is too large', fileOffset);
  return Number(value);
}

function uint(data: DataView, at: number, size: number, le: boolean, fileOffset: number): number {
  if (size === 2) return data.getUint16(at, le);
  if (size === 4) return data.getUint32(at, le);
  return u64(data, at, le, fileOffset);
}

/** Reads and checks the 8-byte (classic) or 16-byte (BigTIFF) header. */
export async function readHeader(cursor: RangeCursor): Promise<TiffHeader> {
  const head = await cursor.bytes(0, Math.min(16, cursor.size), 'header');
  if (head.length < 8) throw new TiffFormatError(`header needs 8 bytes, the file has ${head.length}`, head.length);
  const order = String.fromCharCode(head[0] ?? 0, head[1] ?? 0);
  if (order !== 'II' && order !== 'MM') throw new TiffFormatError(`byte order mark is not II or MM`, 0);
  const le = order === 'II';
  const data = view(head);
  const version = data.getUint16(2, le);
  if (version === 42) return { ...layoutOf(false), littleEndian: le, firstIfd: data.getUint32(4, le) };
  if (version !== 43) throw new TiffFormatError(`version ${version} is neither 42 (TIFF) nor 43 (BigTIFF)`, 2);
  if (head.length < 16) throw new TiffFormatError('BigTIFF header needs 16 bytes', head.length);
  if (data.getUint16(4, le) !== 8 || data.getUint16(6, le) !== 0) {
    throw new TiffFormatError('BigTIFF offset size is not 8', 4);
  }
  return { ...layoutOf(true), littleEndian: le, firstIfd: u64(data, 8, le, 8) };
}

/** Reads the IFD at `offset`: its entry count, entries and next-IFD offset. */
export async function readIfd(cursor: RangeCursor, header: TiffHeader, offset: number): Promise<RawIfd> {
  const { countSize, entrySize, offsetSize, littleEndian: le } = header;
  if (offset < header.headerSize) throw new TiffFormatError(`IFD offset ${offset} is inside the header`, offset);
  const countBytes = await cursor.bytes(offset, countSize, 'IFD entry count');
  const count = uint(view(countBytes), 0, countSize, le, offset);
  if (count === 0) throw new TiffFormatError('IFD has no entries', offset);
  const body = await cursor.bytes(offset + countSize, count * entrySize + offsetSize, `IFD of ${count} entries`);
  const data = view(body);
  const entries = new Map<number, TiffEntry>();
  for (let index = 0; index < count; index += 1) {
    const at = index * entrySize;
    const entryOffset = offset + countSize + at;
    const tag = data.getUint16(at, le);
    const type = data.getUint16(at + 2, le);
    const valueCount = uint(data, at + 4, offsetSize, le, entryOffset + 4);
    const size = typeSize(type);
    // Unknown types are skipped, as TIFF 6.0 asks of readers.
    if (size === undefined) continue;
    const byteLength = size * valueCount;
    if (!Number.isSafeInteger(byteLength)) throw new TiffFormatError(`tag ${tag} count is too large`, entryOffset);
    const valueField = entryOffset + 4 + offsetSize;
    const valueOffset =
      byteLength <= offsetSize ? valueField : uint(data, at + 4 + offsetSize, offsetSize, le, valueField);
    entries.set(tag, { tag, type, count: valueCount, valueOffset, byteLength });
  }
  const next = uint(data, count * entrySize, offsetSize, le, offset + countSize + count * entrySize);
  return { offset, entries, next };
}

/** The values of `entry`: numbers (rationals divided), or a string for ASCII (up to the first NUL). */
export async function readValues(
  cursor: RangeCursor,
  header: TiffHeader,
  entry: TiffEntry,
): Promise<number[] | string> {
  const bytes = await cursor.bytes(entry.valueOffset, entry.byteLength, `values of tag ${entry.tag}`);
  if (entry.type === TiffType.ASCII) {
    const end = bytes.indexOf(0);
    return new TextDecoder('latin1').decode(end < 0 ? bytes : bytes.subarray(0, end));
  }
  const data = view(bytes);
  const le = header.littleEndian;
  const size = typeSize(entry.type) ?? 1;
  const values: number[] = [];
  for (let index = 0; index < entry.count; index += 1) {
    values.push(decodeOne(data, index * size, entry.type, le, entry.valueOffset + index * size));
  }
  return values;
}

function decodeOne(data: DataView, at: number, type: number, le: boolean, fileOffset: number): number {
  switch (type) {
    case TiffType.SHORT:
      return data.getUint16(at, le);
    case TiffType.LONG:
    case TiffType.IFD:
      return data.getUint32(at, le);
    case TiffType.RATIONAL:
      return data.getUint32(at, le) / data.getUint32(at + 4, le);
    case TiffType.SBYTE:
      return data.getInt8(at);
    case TiffType.SSHORT:
      return data.getInt16(at, le);
    case TiffType.SLONG:
      return data.getInt32(at, le);
    case TiffType.SRATIONAL:
      return data.getInt32(at, le) / data.getInt32(at + 4, le);
    case TiffType.FLOAT:
      return data.getFloat32(at, le);
    case TiffType.DOUBLE:
      return data.getFloat64(at, le);
    case TiffType.LONG8:
    case TiffType.IFD8:
      return u64(data, at, le, fileOffset);
    case TiffType.SLONG8:
      return Number(data.getBigInt64(at, le));
    default:
      return data.getUint8(at);
  }
}
