/**
 * A GDSII stream writer for demo data, tests and the bench: libraries of structures with BOUNDARY, PATH, TEXT,
 * BOX, SREF and AREF elements. It writes what the parser reads; it is not used by the functions.
 */
import { encodeReal8 } from './real8';
import { DataType as D, RecordType as R } from './records';

/** A point in database units. */
export type Point = readonly [x: number, y: number];

/** One element of a structure. */
export type GdsElement =
  | { kind: 'boundary'; layer: number; datatype: number; xy: readonly Point[] }
  | { kind: 'path'; layer: number; datatype: number; width: number; xy: readonly Point[] }
  | { kind: 'text'; layer: number; texttype: number; xy: Point; text: string }
  | { kind: 'box'; layer: number; xy: readonly Point[] }
  | { kind: 'sref'; sname: string; xy: Point }
  | { kind: 'aref'; sname: string; cols: number; rows: number; xy: readonly [Point, Point, Point] };

/** A structure (cell) and its elements. */
export interface GdsStructure {
  name: string;
  elements: readonly GdsElement[];
}

/** A library to write. */
export interface GdsLibrary {
  name: string;
  userUnitsPerDbUnit: number;
  metersPerDbUnit: number;
  structures: readonly GdsStructure[];
}

/** One record: 2-byte length, type, data type, data (padded to an even length). */
export function encodeRecord(type: number, dataType: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const padded = data.length % 2 === 0 ? data.length : data.length + 1;
  const out = new Uint8Array(4 + padded);
  out[0] = ((4 + padded) >> 8) & 0xff;
  out[1] = (4 + padded) & 0xff;
  out[2] = type;
  out[3] = dataType;
  out.set(data, 4);
  return out;
}

const int16 = (type: number, values: readonly number[]) => {
  const view = new DataView(new ArrayBuffer(values.length * 2));
  values.forEach((value, index) => {
    view.setInt16(index * 2, value);
  });
  return encodeRecord(type, D.INT16, new Uint8Array(view.buffer));
};
const int32 = (type: number, values: readonly number[]) => {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((value, index) => {
    view.setInt32(index * 4, value);
  });
  return encodeRecord(type, D.INT32, new Uint8Array(view.buffer));
};
const text = (type: number, value: string) => encodeRecord(type, D.ASCII, Buffer.from(value, 'latin1'));
const xy = (points: readonly Point[]) => int32(R.XY, points.flat());
const DATE = [2024, 1, 1, 0, 0, 0];

/** The records of one element, BOUNDARY/PATH/... through ENDEL. */
export function* elementRecords(element: GdsElement): Generator<Uint8Array> {
  switch (element.kind) {
    case 'boundary':
    case 'path':
      yield encodeRecord(element.kind === 'boundary' ? R.BOUNDARY : R.PATH, D.NONE);
      yield int16(R.LAYER, [element.layer]);
      yield int16(R.DATATYPE, [element.datatype]);
      if (element.kind === 'path') yield int32(R.WIDTH, [element.width]);
      yield xy(element.xy);
      break;
    case 'text':
      yield encodeRecord(R.TEXT, D.NONE);
      yield int16(R.LAYER, [element.layer]);
      yield int16(R.TEXTTYPE, [element.texttype]);
      yield xy([element.xy]);
      yield text(R.STRING, element.text);
      break;
    case 'box':
      yield encodeRecord(R.BOX, D.NONE);
      yield int16(R.LAYER, [element.layer]);
      yield int16(0x2e, [0]);
      yield xy(element.xy);
      break;
    case 'sref':
      yield encodeRecord(R.SREF, D.NONE);
      yield text(R.SNAME, element.sname);
      yield xy([element.xy]);
      break;
    case 'aref':
      yield encodeRecord(R.AREF, D.NONE);
      yield text(R.SNAME, element.sname);
      yield int16(R.COLROW, [element.cols, element.rows]);
      yield xy(element.xy);
      break;
  }
  yield encodeRecord(R.ENDEL, D.NONE);
}

/** HEADER, BGNLIB, LIBNAME and UNITS. */
export function* libraryStart(library: Pick<GdsLibrary, 'name' | 'userUnitsPerDbUnit' | 'metersPerDbUnit'>) {
  yield int16(R.HEADER, [600]);
  yield int16(R.BGNLIB, [...DATE, ...DATE]);
  yield text(R.LIBNAME, library.name);
  const units = new Uint8Array(16);
  units.set(encodeReal8(library.userUnitsPerDbUnit), 0);
  units.set(encodeReal8(library.metersPerDbUnit), 8);
  yield encodeRecord(R.UNITS, D.REAL64, units);
}

/** BGNSTR and STRNAME of a structure. */
export function* structureStart(name: string) {
  yield int16(R.BGNSTR, [...DATE, ...DATE]);
  yield text(R.STRNAME, name);
}

/** ENDSTR / ENDLIB. */
export const endStructure = () => encodeRecord(R.ENDSTR, D.NONE);
export const endLibrary = () => encodeRecord(R.ENDLIB, D.NONE);

/** Every record of `library`, in stream order. */
export function* libraryRecords(library: GdsLibrary): Generator<Uint8Array> {
  yield* libraryStart(library);
  for (const structure of library.structures) {
    yield* structureStart(structure.name);
    for (const element of structure.elements) yield* elementRecords(element);
    yield endStructure();
  }
  yield endLibrary();
}

/** The whole stream of `library` as one byte array. */
export function writeGds(library: GdsLibrary): Uint8Array {
  return new Uint8Array(Buffer.concat([...libraryRecords(library)]));
}
