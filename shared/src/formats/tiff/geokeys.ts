/** GeoTIFF georeferencing: the GeoKey directory, EPSG code and the affine geotransform. */
import { TiffFormatError } from './errors';
import { GeoKey, TiffTag } from './tags';

/** A GeoKey value: a SHORT, DOUBLE values or an ASCII string. */
export type GeoKeyValue = number | number[] | string;

/** Georeferencing of the full-resolution image. */
export interface GeoInfo {
  /** Every GeoKey by id. */
  geoKeys: Record<number, GeoKeyValue>;
  /** ProjectedCSTypeGeoKey when set and not user-defined (32767), else GeographicTypeGeoKey, else undefined. */
  epsg?: number;
  /** 1 projected, 2 geographic, 3 geocentric. */
  modelType?: number;
  /** 1 PixelIsArea (default), 2 PixelIsPoint. */
  rasterType?: number;
  /** GDAL-order affine transform: [originX, pixelWidth, rowRotation, originY, columnRotation, pixelHeight]. */
  geoTransform?: [number, number, number, number, number, number];
}

/** The raw GeoTIFF tag values of the first IFD. */
export interface GeoTags {
  directory?: number[];
  doubles?: number[];
  ascii?: string;
  tiepoint?: number[];
  pixelScale?: number[];
  transformation?: number[];
}

const USER_DEFINED = 32767;

/** Decodes the GeoKey directory (tag 34735) against GeoDoubleParams and GeoAsciiParams. */
export function decodeGeoKeys(tags: GeoTags, directoryOffset: number): Record<number, GeoKeyValue> {
  const dir = tags.directory ?? [];
  const keys: Record<number, GeoKeyValue> = {};
  const count = dir[3] ?? 0;
  if (dir.length < 4 + count * 4) {
    throw new TiffFormatError(`GeoKey directory declares ${count} keys but has ${dir.length} values`, directoryOffset);
  }
  for (let index = 0; index < count; index += 1) {
    const [id = 0, location = 0, n = 0, value = 0] = dir.slice(4 + index * 4, 8 + index * 4);
    if (location === 0) keys[id] = value;
    else if (location === TiffTag.GeoDoubleParams) {
      const doubles = tags.doubles ?? [];
      if (value + n > doubles.length)
        throw new TiffFormatError(`GeoKey ${id} is past GeoDoubleParams`, directoryOffset);
      keys[id] = n === 1 ? (doubles[value] ?? 0) : doubles.slice(value, value + n);
    } else if (location === TiffTag.GeoAsciiParams) {
      const ascii = tags.ascii ?? '';
      if (value + n > ascii.length + 1)
        throw new TiffFormatError(`GeoKey ${id} is past GeoAsciiParams`, directoryOffset);
      const text = ascii.slice(value, value + n);
      keys[id] = text.endsWith('|') ? text.slice(0, -1) : text;
    } else if (location === TiffTag.GeoKeyDirectory) {
      keys[id] = n === 1 ? (dir[value] ?? 0) : dir.slice(value, value + n);
    }
  }
  return keys;
}

/** The GDAL-order geotransform from ModelTransformation, or ModelTiepoint + ModelPixelScale. */
export function geoTransformOf(tags: GeoTags, rasterType: number | undefined): GeoInfo['geoTransform'] {
  let transform: GeoInfo['geoTransform'];
  const m = tags.transformation;
  if (m && m.length >= 16) {
    transform = [m[3] ?? 0, m[0] ?? 0, m[1] ?? 0, m[7] ?? 0, m[4] ?? 0, m[5] ?? 0];
  } else if (tags.tiepoint && tags.tiepoint.length >= 6 && tags.pixelScale && tags.pixelScale.length >= 2) {
    const [i = 0, j = 0, , x = 0, y = 0] = tags.tiepoint;
    const [sx = 0, sy = 0] = tags.pixelScale;
    transform = [x - i * sx, sx, 0, y + j * sy, 0, -sy];
  }
  // PixelIsPoint: the tie point is the centre of the pixel, the transform's origin its corner (as GDAL reads it).
  if (transform && rasterType === 2) {
    const [x0, a, b, y0, d, e] = transform;
    transform = [x0 - (a + b) / 2, a, b, y0 - (d + e) / 2, d, e];
  }
  return transform;
}

/** The {@link GeoInfo} of the GeoTIFF tags, or undefined when the file has none. */
export function geoInfoOf(tags: GeoTags, directoryOffset: number): GeoInfo | undefined {
  if (!tags.directory && !tags.tiepoint && !tags.transformation) return undefined;
  const geoKeys = decodeGeoKeys(tags, directoryOffset);
  const num = (id: number) => (typeof geoKeys[id] === 'number' ? (geoKeys[id] as number) : undefined);
  const projected = num(GeoKey.ProjectedCSType);
  const geographic = num(GeoKey.GeographicType);
  const epsg =
    projected !== undefined && projected !== USER_DEFINED
      ? projected
      : geographic !== USER_DEFINED
        ? geographic
        : undefined;
  const rasterType = num(GeoKey.GTRasterType);
  const info: GeoInfo = { geoKeys };
  if (epsg !== undefined) info.epsg = epsg;
  const modelType = num(GeoKey.GTModelType);
  if (modelType !== undefined) info.modelType = modelType;
  if (rasterType !== undefined) info.rasterType = rasterType;
  const geoTransform = geoTransformOf(tags, rasterType);
  if (geoTransform) info.geoTransform = geoTransform;
  return info;
}
