/**
 * One GeoTIFF acquisition as tile records: the plan over the raster, each tile's state, area (km2) and geohash, the
 * scene the file belongs to (its folder) and the acquisition time (a `YYYY-MM-DD` name prefix, else the object's
 * last modification).
 */
import type { GeoInfo, TiffImage } from '@fsxn-s3ap/shared/formats/tiff';
import { type GeoTransform, windowAreaKm2 } from './area';
import type { TileRecord } from './change-history';
import { toLatLon, unitsOf } from './crs';
import { tileStates } from './detection';
import { encodeGeohash } from './geohash';
import { planTiles } from './tiling';

/** Geohash characters of a tile centre (about 150 m cells). */
export const GEOHASH_PRECISION = 7;

/** The folder of `key` (the scene its acquisitions share), or `.` for a key at the root. */
export function sceneOf(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash < 0 ? '.' : key.slice(0, slash);
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** The acquisition time: the file name's `YYYY-MM-DD` prefix at midnight UTC, else `lastModified`, else `now`. */
export function acquisitionTime(key: string, lastModified: string | undefined, now: Date): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const shape = [...name.slice(0, 10)].every((char, index) =>
    index === 4 || index === 7 ? char === '-' : isDigit(char),
  );
  if (name.length >= 10 && shape) {
    const date = new Date(`${name.slice(0, 10)}T00:00:00.000Z`);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return lastModified ? new Date(lastModified).toISOString() : now.toISOString();
}

/** Tile records of one acquisition of `image`, georeferenced by `geo` when present. */
export function sceneRecords(
  object: { key: string; lastModified?: string },
  image: TiffImage,
  geo: GeoInfo | undefined,
  options: { tileSize: number; now: Date; ttlDays: number },
): TileRecord[] {
  const transform: GeoTransform | undefined = geo?.geoTransform;
  const tiles = planTiles(image.width, image.height, options.tileSize, transform);
  const states = tileStates(image, tiles, options.tileSize);
  const units = unitsOf(geo?.epsg, geo?.modelType);
  const timestamp = acquisitionTime(object.key, object.lastModified, options.now);
  const expiresAt = Math.floor(options.now.getTime() / 1000) + options.ttlDays * 86400;
  const scene = sceneOf(object.key);
  return tiles.map((tile) => {
    const { state, ratio } = states.get(tile.id) ?? { state: 'clear', ratio: 0 };
    const record: TileRecord = {
      tile_id: `${scene}#${tile.id}`,
      timestamp,
      state,
      ratio,
      area_km2: transform ? Math.round(windowAreaKm2(transform, tile.window, units) * 1e6) / 1e6 : 0,
      key: object.key,
      expires_at: expiresAt,
    };
    const latLon = tile.centre ? toLatLon(geo?.epsg, tile.centre[0], tile.centre[1]) : undefined;
    if (latLon) record.geohash = encodeGeohash(latLon[0], latLon[1], GEOHASH_PRECISION);
    return record;
  });
}
