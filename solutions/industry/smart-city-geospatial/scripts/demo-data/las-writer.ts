/** A LAS 1.2 writer for demo data and tests: the 227-byte public header block and point format 0 records. */

export interface LasSpec {
  /** Points in real coordinates (metres). */
  points: Array<[number, number, number]>;
  scale?: number;
}

/** A LAS 1.2 file with the points (scale 0.01 by default, offsets 0). */
export function writeLas(spec: LasSpec): Uint8Array {
  const scale = spec.scale ?? 0.01;
  const header = 227;
  const out = new Uint8Array(header + spec.points.length * 20);
  const view = new DataView(out.buffer);
  out.set([0x4c, 0x41, 0x53, 0x46], 0);
  view.setUint8(24, 1);
  view.setUint8(25, 2);
  const software = 'smart-city demo';
  for (let i = 0; i < software.length; i++) out[58 + i] = software.charCodeAt(i);
  view.setUint16(94, header, true);
  view.setUint32(96, header, true);
  view.setUint32(100, 0, true);
  view.setUint8(104, 0);
  view.setUint16(105, 20, true);
  view.setUint32(107, spec.points.length, true);
  view.setUint32(111, spec.points.length, true);
  for (let axis = 0; axis < 3; axis++) view.setFloat64(131 + axis * 8, scale, true);
  const axis = (k: number) => spec.points.map((p) => p[k] as number);
  const bounds = [0, 1, 2].map((k) => [Math.max(...axis(k)), Math.min(...axis(k))]);
  bounds.forEach(([max, min], k) => {
    view.setFloat64(179 + k * 16, max as number, true);
    view.setFloat64(187 + k * 16, min as number, true);
  });
  spec.points.forEach(([x, y, z], i) => {
    const at = header + i * 20;
    view.setInt32(at, Math.round(x / scale), true);
    view.setInt32(at + 4, Math.round(y / scale), true);
    view.setInt32(at + 8, Math.round(z / scale), true);
  });
  return out;
}
