/** A small TIFF / BigTIFF writer for demo data, tests and benchmarks: IFDs first (as a COG), then the pixel data. */
import { layoutOf, TiffTag, TiffType, typeSize } from './tags';

/** One entry to write. RATIONAL and SRATIONAL values are flattened numerator, denominator pairs. */
export interface TiffWriteEntry {
  tag: number;
  type: number;
  values: number[] | string;
}

/** One image: its entries and its tiles or strips (a number is a zero-filled segment of that many bytes). */
export interface TiffWriteIfd {
  entries: TiffWriteEntry[];
  data?: { layout: 'tiles' | 'strips'; segments: Array<Uint8Array | number> };
}

/** What {@link writeTiff} writes. */
export interface TiffWriteSpec {
  littleEndian: boolean;
  bigTiff: boolean;
  ifds: TiffWriteIfd[];
}

/** The head of the file (header, IFDs, their values) and where the pixel data goes. */
export interface TiffHead {
  /** Bytes `0..head.length-1` of the file. */
  head: Uint8Array;
  /** Total size of the file. */
  size: number;
}

const countOf = (entry: TiffWriteEntry) =>
  typeof entry.values === 'string'
    ? entry.values.length + 1
    : entry.type === TiffType.RATIONAL || entry.type === TiffType.SRATIONAL
      ? entry.values.length / 2
      : entry.values.length;

function withData(ifd: TiffWriteIfd, bigTiff: boolean, dataStart: number): { entries: TiffWriteEntry[]; end: number } {
  const entries = ifd.entries.filter((entry) => ![273, 279, 324, 325].includes(entry.tag));
  let end = dataStart;
  if (ifd.data) {
    const type = bigTiff ? TiffType.LONG8 : TiffType.LONG;
    const offsets: number[] = [];
    const counts: number[] = [];
    for (const segment of ifd.data.segments) {
      const length = typeof segment === 'number' ? segment : segment.length;
      offsets.push(end);
      counts.push(length);
      end += length;
    }
    const tiles = ifd.data.layout === 'tiles';
    entries.push({ tag: tiles ? TiffTag.TileOffsets : TiffTag.StripOffsets, type, values: offsets });
    entries.push({ tag: tiles ? TiffTag.TileByteCounts : TiffTag.StripByteCounts, type, values: counts });
  }
  return { entries: entries.sort((a, b) => a.tag - b.tag), end };
}

/** Lays out the file and writes its head; the pixel data follows at `head.length`, segments in order. */
export function writeTiffHead(spec: TiffWriteSpec): TiffHead {
  const layout = layoutOf(spec.bigTiff);
  const ifdSize = (n: number) => layout.countSize + n * layout.entrySize + layout.offsetSize;
  const outOfLine = (entry: TiffWriteEntry) => {
    const bytes = (typeSize(entry.type) ?? 1) * countOf(entry);
    return bytes > layout.offsetSize ? bytes + (bytes % 2) : 0;
  };
  // Pass 1: sizes (offsets of the data do not change the sizes).
  let headSize = layout.headerSize;
  for (const ifd of spec.ifds) {
    const { entries } = withData(ifd, spec.bigTiff, 0);
    headSize += ifdSize(entries.length) + entries.reduce((sum, entry) => sum + outOfLine(entry), 0);
  }
  const head = new Uint8Array(headSize);
  const out = new DataView(head.buffer);
  const le = spec.littleEndian;
  const putUint = (at: number, value: number, size: number) => {
    if (size === 2) out.setUint16(at, value, le);
    else if (size === 4) out.setUint32(at, value, le);
    else out.setBigUint64(at, BigInt(value), le);
  };
  head.set(le ? [0x49, 0x49] : [0x4d, 0x4d]);
  out.setUint16(2, spec.bigTiff ? 43 : 42, le);
  if (spec.bigTiff) out.setUint16(4, 8, le);
  let cursor = layout.headerSize;
  let dataEnd = headSize;
  putUint(layout.headerSize - layout.offsetSize, spec.ifds.length > 0 ? cursor : 0, layout.offsetSize);
  spec.ifds.forEach((ifd, index) => {
    const built = withData(ifd, spec.bigTiff, dataEnd);
    dataEnd = built.end;
    const start = cursor;
    let values = start + ifdSize(built.entries.length);
    putUint(start, built.entries.length, layout.countSize);
    built.entries.forEach((entry, i) => {
      const at = start + layout.countSize + i * layout.entrySize;
      out.setUint16(at, entry.tag, le);
      out.setUint16(at + 2, entry.type, le);
      putUint(at + 4, countOf(entry), layout.offsetSize);
      const valueField = at + 4 + layout.offsetSize;
      const extra = outOfLine(entry);
      if (extra === 0) encodeValues(out, valueField, entry, le);
      else {
        putUint(valueField, values, layout.offsetSize);
        encodeValues(out, values, entry, le);
        values += extra;
      }
    });
    cursor = values;
    const next = index + 1 < spec.ifds.length ? cursor : 0;
    putUint(start + layout.countSize + built.entries.length * layout.entrySize, next, layout.offsetSize);
  });
  return { head, size: dataEnd };
}

/** The whole file: {@link writeTiffHead} followed by every segment (zero-filled ones materialised). */
export function writeTiff(spec: TiffWriteSpec): Uint8Array {
  const { head, size } = writeTiffHead(spec);
  const file = new Uint8Array(size);
  file.set(head);
  let at = head.length;
  for (const ifd of spec.ifds) {
    for (const segment of ifd.data?.segments ?? []) {
      if (typeof segment === 'number') at += segment;
      else {
        file.set(segment, at);
        at += segment.length;
      }
    }
  }
  return file;
}

type Setter = (out: DataView, at: number, value: number, le: boolean) => void;

const SETTERS: Record<number, Setter> = {
  [TiffType.SHORT]: (out, at, value, le) => out.setUint16(at, value, le),
  [TiffType.LONG]: (out, at, value, le) => out.setUint32(at, value, le),
  [TiffType.IFD]: (out, at, value, le) => out.setUint32(at, value, le),
  [TiffType.RATIONAL]: (out, at, value, le) => out.setUint32(at, value, le),
  [TiffType.SSHORT]: (out, at, value, le) => out.setInt16(at, value, le),
  [TiffType.SLONG]: (out, at, value, le) => out.setInt32(at, value, le),
  [TiffType.SRATIONAL]: (out, at, value, le) => out.setInt32(at, value, le),
  [TiffType.SBYTE]: (out, at, value) => out.setInt8(at, value),
  [TiffType.FLOAT]: (out, at, value, le) => out.setFloat32(at, value, le),
  [TiffType.DOUBLE]: (out, at, value, le) => out.setFloat64(at, value, le),
  [TiffType.LONG8]: (out, at, value, le) => out.setBigUint64(at, BigInt(value), le),
  [TiffType.IFD8]: (out, at, value, le) => out.setBigUint64(at, BigInt(value), le),
  [TiffType.SLONG8]: (out, at, value, le) => out.setBigInt64(at, BigInt(value), le),
};
const setByte: Setter = (out, at, value) => out.setUint8(at, value);

function encodeValues(out: DataView, at: number, entry: TiffWriteEntry, le: boolean): void {
  if (typeof entry.values === 'string') {
    for (let i = 0; i < entry.values.length; i += 1) out.setUint8(at + i, entry.values.charCodeAt(i) & 0xff);
    return;
  }
  const size = typeSize(entry.type) ?? 1;
  const step = entry.type === TiffType.RATIONAL || entry.type === TiffType.SRATIONAL ? 4 : size;
  const set = SETTERS[entry.type] ?? setByte;
  entry.values.forEach((value, i) => {
    set(out, at + i * step, value, le);
  });
}
