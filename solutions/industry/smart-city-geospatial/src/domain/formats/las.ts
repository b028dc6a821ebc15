/**
 * LAS/LAZ public header block (LAS 1.0-1.4; LAZ keeps the same uncompressed header): version, point format, point
 * count (the 64-bit count of 1.4 when set) and the X/Y/Z bounds. Read with one ranged GET of the first 375 bytes.
 */
import { LasFormatError } from '../../errors';

/** Bytes of the LAS 1.2 public header block; 1.4 has 375. */
export const LAS_MIN_HEADER = 227;
export const LAS_READ_BYTES = 375;

/** What the public header block says. */
export interface LasHeader {
  version: string;
  pointFormat: number;
  /** True when bit 7 of the format byte is set (LASzip compressed). */
  compressed: boolean;
  points: number;
  bounds: { minX: number; maxX: number; minY: number; maxY: number; minZ: number; maxZ: number };
}

/** Parses the public header block. */
export function parseLasHeader(bytes: Uint8Array): LasHeader {
  if (bytes.length < 4 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'LASF') {
    throw new LasFormatError('no LASF signature at offset 0');
  }
  if (bytes.length < LAS_MIN_HEADER) {
    throw new LasFormatError(`public header block is ${bytes.length} bytes, needs ${LAS_MIN_HEADER} at offset 0`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const major = view.getUint8(24);
  const minor = view.getUint8(25);
  const headerSize = view.getUint16(94, true);
  if (headerSize < LAS_MIN_HEADER) throw new LasFormatError(`header size ${headerSize} is too small at offset 94`);
  const formatByte = view.getUint8(104);
  let points = view.getUint32(107, true);
  if (major === 1 && minor >= 4 && bytes.length >= 255 && points === 0) {
    points = Number(view.getBigUint64(247, true));
  }
  const f = (offset: number) => view.getFloat64(offset, true);
  return {
    version: `${major}.${minor}`,
    pointFormat: formatByte & 0x3f,
    compressed: (formatByte & 0x80) !== 0,
    points,
    bounds: { maxX: f(179), minX: f(187), maxY: f(195), minY: f(203), maxZ: f(211), minZ: f(219) },
  };
}
