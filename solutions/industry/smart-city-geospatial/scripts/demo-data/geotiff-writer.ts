/**
 * A minimal GeoTIFF writer for demo data and tests: one uncompressed 8-bit grey strip, little-endian, with
 * ModelPixelScale, ModelTiepoint and a GeoKeyDirectory naming a projected (ProjectedCSTypeGeoKey) or geographic
 * (GeographicTypeGeoKey) EPSG code.
 */

export interface GeoTiffSpec {
  width: number;
  height: number;
  /** Upper-left corner in the CRS. */
  origin: [number, number];
  pixelSize: [number, number];
  epsg: number;
}

type Entry = [tag: number, type: number, values: number[]];
const SHORT = 3;
const LONG = 4;
const DOUBLE = 12;
const SIZE: Record<number, number> = { [SHORT]: 2, [LONG]: 4, [DOUBLE]: 8 };

export function writeGeoTiff(spec: GeoTiffSpec): Uint8Array {
  const pixels = spec.width * spec.height;
  const geographic = spec.epsg === 4326;
  const geoKeys = [1, 1, 0, 3, 1024, 0, 1, geographic ? 2 : 1, 1025, 0, 1, 1, geographic ? 2048 : 3072, 0, 1, spec.epsg];
  const entries: Entry[] = [
    [256, SHORT, [spec.width]],
    [257, SHORT, [spec.height]],
    [258, SHORT, [8]],
    [259, SHORT, [1]],
    [262, SHORT, [1]],
    [273, LONG, [0]],
    [277, SHORT, [1]],
    [278, SHORT, [spec.height]],
    [279, LONG, [pixels]],
    [33550, DOUBLE, [spec.pixelSize[0], spec.pixelSize[1], 0]],
    [33922, DOUBLE, [0, 0, 0, spec.origin[0], spec.origin[1], 0]],
    [34735, SHORT, geoKeys],
  ];
  const ifdBytes = 2 + entries.length * 12 + 4;
  const extra = entries.reduce((sum, [, type, values]) => {
    const bytes = (SIZE[type] as number) * values.length;
    return sum + (bytes > 4 ? bytes : 0);
  }, 0);
  const pixelStart = 8 + ifdBytes + extra;
  const out = new Uint8Array(pixelStart + pixels);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49], 0);
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  view.setUint16(8, entries.length, true);
  let spill = 8 + ifdBytes;
  entries.forEach(([tag, type, values], i) => {
    const at = 10 + i * 12;
    const resolved = tag === 273 ? [pixelStart] : values;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, resolved.length, true);
    const size = SIZE[type] as number;
    const target = size * resolved.length > 4 ? spill : at + 8;
    if (target === spill) {
      view.setUint32(at + 8, spill, true);
      spill += size * resolved.length;
    }
    resolved.forEach((value, k) => {
      if (type === SHORT) view.setUint16(target + k * 2, value, true);
      else if (type === LONG) view.setUint32(target + k * 4, value, true);
      else view.setFloat64(target + k * 8, value, true);
    });
  });
  for (let p = 0; p < pixels; p++) out[pixelStart + p] = (p * 37) % 256;
  return out;
}
