/**
 * Shapefile headers by ranged read: the 100-byte main file header of .shp (and .shx, same layout), the record count
 * of .shx from its length, and the .dbf header with its field descriptors. Only headers are read, never geometry.
 */
import { DbfFormatError, ShapefileFormatError } from '../../errors';

/** Bytes of the .shp/.shx main file header. */
export const SHP_HEADER_BYTES = 100;
const FILE_CODE = 9994;
const VERSION = 1000;

/** Shape type codes of the specification and their names. */
export const SHAPE_TYPES: Readonly<Record<number, string>> = {
  0: 'Null',
  1: 'Point',
  3: 'PolyLine',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

/** What the main file header says. */
export interface ShpHeader {
  /** File length in bytes (the header stores 16-bit words). */
  fileLength: number;
  shapeType: number;
  shapeTypeName: string;
  /** [xmin, ymin, xmax, ymax] in the layer's own CRS. */
  bbox: [number, number, number, number];
}

/** Parses a .shp or .shx main file header (big-endian code and length, little-endian version, type and box). */
export function parseShpHeader(bytes: Uint8Array, file = '.shp'): ShpHeader {
  if (bytes.length < SHP_HEADER_BYTES) {
    throw new ShapefileFormatError(`${file} header is ${bytes.length} bytes, needs ${SHP_HEADER_BYTES} at offset 0`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, SHP_HEADER_BYTES);
  const code = view.getInt32(0, false);
  if (code !== FILE_CODE) throw new ShapefileFormatError(`${file} file code is ${code}, not ${FILE_CODE} at offset 0`);
  const words = view.getInt32(24, false);
  if (words < SHP_HEADER_BYTES / 2) {
    throw new ShapefileFormatError(`${file} length ${words} words is shorter than its header at offset 24`);
  }
  const version = view.getInt32(28, true);
  if (version !== VERSION) throw new ShapefileFormatError(`${file} version is ${version}, not ${VERSION} at offset 28`);
  const shapeType = view.getInt32(32, true);
  const shapeTypeName = SHAPE_TYPES[shapeType];
  if (shapeTypeName === undefined)
    throw new ShapefileFormatError(`${file} shape type ${shapeType} is unknown at offset 32`);
  const bbox: [number, number, number, number] = [
    view.getFloat64(36, true),
    view.getFloat64(44, true),
    view.getFloat64(52, true),
    view.getFloat64(60, true),
  ];
  return { fileLength: words * 2, shapeType, shapeTypeName, bbox };
}

/** Records indexed by a .shx of `size` bytes (8 bytes a record after the header). */
export function shxRecordCount(size: number): number {
  const body = size - SHP_HEADER_BYTES;
  if (body < 0 || body % 8 !== 0) {
    throw new ShapefileFormatError(
      `.shx is ${size} bytes: not a 100-byte header plus 8-byte records at offset ${SHP_HEADER_BYTES}`,
    );
  }
  return body / 8;
}

/** One .dbf field descriptor. */
export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

/** What the .dbf header says. */
export interface DbfHeader {
  records: number;
  headerLength: number;
  recordLength: number;
  fields: DbfField[];
}

const LATIN1 = new TextDecoder('latin1');

/** Bytes of the fixed .dbf header before the field descriptors. */
export const DBF_FIXED_BYTES = 32;

/** Parses a .dbf header: counts and the 32-byte field descriptors up to the 0x0D terminator. */
export function parseDbfHeader(bytes: Uint8Array): DbfHeader {
  if (bytes.length < DBF_FIXED_BYTES) {
    throw new DbfFormatError(`.dbf header is ${bytes.length} bytes, needs ${DBF_FIXED_BYTES} at offset 0`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < DBF_FIXED_BYTES + 1) {
    throw new DbfFormatError(`.dbf header length ${headerLength} is too short at offset 8`);
  }
  const fields: DbfField[] = [];
  let offset = DBF_FIXED_BYTES;
  while (offset < headerLength - 1) {
    if (offset >= bytes.length) throw new DbfFormatError(`.dbf field descriptors end early at offset ${offset}`);
    if (bytes[offset] === 0x0d) break;
    if (offset + 32 > bytes.length) throw new DbfFormatError(`.dbf field descriptor is truncated at offset ${offset}`);
    const nameBytes = bytes.subarray(offset, offset + 11);
    const end = nameBytes.indexOf(0);
    const name = LATIN1.decode(end < 0 ? nameBytes : nameBytes.subarray(0, end));
    fields.push({
      name,
      type: String.fromCharCode(bytes[offset + 11] ?? 0x20),
      length: bytes[offset + 16] ?? 0,
      decimals: bytes[offset + 17] ?? 0,
    });
    offset += 32;
  }
  return { records, headerLength, recordLength, fields };
}
