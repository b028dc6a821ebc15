/**
 * A small shapefile writer for demo data and tests: Polygon (type 5) or Point (type 1) records into .shp/.shx,
 * character fields into .dbf, and a WKT .prj. Byte layout as the ESRI Shapefile Technical Description.
 */

export interface ShpField {
  name: string;
  length: number;
}

export interface ShapefileSpec {
  /** One ring (closed) per polygon record. */
  polygons: Array<Array<[number, number]>>;
  fields: ShpField[];
  records: string[][];
  prj?: string;
  /** Overrides the file code (a corrupt file for tests); default 9994. */
  fileCode?: number;
}

export interface ShapefileSet {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
  prj?: Uint8Array;
}

function mainHeader(view: DataView, code: number, bytes: number, box: number[]): void {
  view.setInt32(0, code, false);
  view.setInt32(24, bytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  box.forEach((value, i) => view.setFloat64(36 + i * 8, value, true));
}

const boxOf = (points: Array<[number, number]>) => [
  Math.min(...points.map((p) => p[0])),
  Math.min(...points.map((p) => p[1])),
  Math.max(...points.map((p) => p[0])),
  Math.max(...points.map((p) => p[1])),
];

/** The four files of a polygon shapefile set. */
export function writeShapefile(spec: ShapefileSpec): ShapefileSet {
  const contents = spec.polygons.map((ring) => 44 + 4 + ring.length * 16);
  const shpBytes = 100 + contents.reduce((sum, c) => sum + 8 + c, 0);
  const all = spec.polygons.flat();
  const box = all.length === 0 ? [0, 0, 0, 0] : boxOf(all);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + spec.polygons.length * 8);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  mainHeader(shpView, spec.fileCode ?? 9994, shpBytes, box);
  mainHeader(shxView, spec.fileCode ?? 9994, shx.length, box);
  let offset = 100;
  spec.polygons.forEach((ring, i) => {
    const content = contents[i] as number;
    shxView.setInt32(100 + i * 8, offset / 2, false);
    shxView.setInt32(104 + i * 8, content / 2, false);
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, content / 2, false);
    const at = offset + 8;
    shpView.setInt32(at, 5, true);
    boxOf(ring).forEach((value, k) => shpView.setFloat64(at + 4 + k * 8, value, true));
    shpView.setInt32(at + 36, 1, true);
    shpView.setInt32(at + 40, ring.length, true);
    shpView.setInt32(at + 44, 0, true);
    ring.forEach(([x, y], k) => {
      shpView.setFloat64(at + 48 + k * 16, x, true);
      shpView.setFloat64(at + 56 + k * 16, y, true);
    });
    offset += 8 + content;
  });
  return {
    shp,
    shx,
    dbf: writeDbf(spec.fields, spec.records),
    ...(spec.prj === undefined ? {} : { prj: new TextEncoder().encode(spec.prj) }),
  };
}

/** A dBASE III file of character fields (values space-padded, cut to the field length). */
export function writeDbf(fields: ShpField[], records: string[][]): Uint8Array {
  const headerLength = 32 + fields.length * 32 + 1;
  const recordLength = 1 + fields.reduce((sum, f) => sum + f.length, 0);
  const out = new Uint8Array(headerLength + records.length * recordLength + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([125, 1, 1], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((field, i) => {
    const at = 32 + i * 32;
    for (let k = 0; k < Math.min(10, field.name.length); k++) out[at + k] = field.name.charCodeAt(k);
    out[at + 11] = 'C'.charCodeAt(0);
    out[at + 16] = field.length;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((record, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    fields.forEach((field, i) => {
      const value = (record[i] ?? '').padEnd(field.length, ' ').slice(0, field.length);
      for (let k = 0; k < field.length; k++) out[at + k] = value.charCodeAt(k) & 0xff;
      at += field.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
