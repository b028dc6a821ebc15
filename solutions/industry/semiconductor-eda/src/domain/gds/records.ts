/** GDSII stream format record and data types (Calma GDSII Stream Format Manual, release 6.0). */

/** The record types this pattern interprets, by name. */
export const RecordType = {
  HEADER: 0x00,
  BGNLIB: 0x01,
  LIBNAME: 0x02,
  UNITS: 0x03,
  ENDLIB: 0x04,
  BGNSTR: 0x05,
  STRNAME: 0x06,
  ENDSTR: 0x07,
  BOUNDARY: 0x08,
  PATH: 0x09,
  SREF: 0x0a,
  AREF: 0x0b,
  TEXT: 0x0c,
  LAYER: 0x0d,
  DATATYPE: 0x0e,
  WIDTH: 0x0f,
  XY: 0x10,
  ENDEL: 0x11,
  SNAME: 0x12,
  COLROW: 0x13,
  NODE: 0x15,
  TEXTTYPE: 0x16,
  STRING: 0x19,
  STRANS: 0x1a,
  BOX: 0x2d,
} as const;

/** The highest record type the format defines (LIBSECUR); anything above is not GDSII. */
export const MAX_RECORD_TYPE = 0x3b;

/** Data type codes of the fourth header byte. */
export const DataType = {
  NONE: 0,
  BITARRAY: 1,
  INT16: 2,
  INT32: 3,
  REAL32: 4,
  REAL64: 5,
  ASCII: 6,
} as const;

/** Record header bytes (2 length + 1 type + 1 data type); the length counts them. */
export const RECORD_HEADER_BYTES = 4;

/** Elements that start with a record of this type and end with ENDEL. */
export const ELEMENT_TYPES: ReadonlySet<number> = new Set([
  RecordType.BOUNDARY,
  RecordType.PATH,
  RecordType.SREF,
  RecordType.AREF,
  RecordType.TEXT,
  RecordType.NODE,
  RecordType.BOX,
]);

const NAMES = new Map<number, string>(Object.entries(RecordType).map(([name, code]) => [code, name]));

/** `0x08` -> `BOUNDARY`; an uninterpreted type -> `0x1F`. */
export function recordName(type: number): string {
  return NAMES.get(type) ?? `0x${type.toString(16).toUpperCase().padStart(2, '0')}`;
}
