/**
 * Reads one geospatial object into area facts by its suffix: GeoJSON by a size-capped read, the other formats by
 * ranged reads of their headers (a shapefile's .shx, .dbf and .prj sidecars beside its .shp).
 */
import type { AccessPointClient, S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import type { BBox } from './crs';
import { parseGeoJson } from './formats/geojson';
import { GPKG_HEADER_BYTES, parseGpkgHeader } from './formats/geopackage';
import { readGeoTiff } from './formats/geotiff';
import { LAS_READ_BYTES, parseLasHeader } from './formats/las';
import { readShapefile } from './formats/shapefile-set';

/** The formats this pattern reads. */
export type GeoFormat = 'geojson' | 'shapefile' | 'geopackage' | 'las' | 'geotiff';

/** What one object says about its area. */
export interface AreaFacts {
  format: GeoFormat;
  /** Format header facts, as read. */
  header: Record<string, unknown>;
  /** Native bbox and its CRS, when the format places itself. */
  bbox?: BBox;
  epsg?: number;
  landUseWeights?: Record<string, number>;
  /** Where the land-use weights came from (`landuse property`, `image labels`). */
  landUseSource?: string;
  buildings?: number;
  reliefM?: number;
  extentM?: number;
  areaId?: string;
  observedAt?: string;
}

/** Reading limits. */
export interface ReadLimits {
  maxGeoJsonBytes: number;
}

/** The format of a key, by suffix (case-insensitive), or undefined for a sidecar or other file. */
export function formatOf(key: string): GeoFormat | undefined {
  const lower = key.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.shp')) return 'shapefile';
  if (lower.endsWith('.gpkg')) return 'geopackage';
  if (lower.endsWith('.las') || lower.endsWith('.laz')) return 'las';
  if (lower.endsWith('.tif') || lower.endsWith('.tiff')) return 'geotiff';
  return undefined;
}

const headRange = (input: AccessPointClient, object: S3ObjectSummary, bytes: number) =>
  input.getRange(object.key, 0, Math.max(0, Math.min(bytes, object.size) - 1));

/** The area facts of `object`; throws the format's named error on bad input. */
export async function readArea(
  object: S3ObjectSummary,
  format: GeoFormat,
  input: AccessPointClient,
  limits: ReadLimits,
): Promise<AreaFacts> {
  switch (format) {
    case 'geojson': {
      const bytes = await input.getBytes(object.key, { maxBytes: limits.maxGeoJsonBytes });
      const facts = parseGeoJson(new TextDecoder().decode(bytes));
      const { bbox, epsg, landUseWeights, buildings, areaId, observedAt, ...header } = facts;
      return {
        format,
        header,
        bbox,
        epsg,
        landUseWeights,
        landUseSource: 'landuse property',
        buildings,
        ...(areaId === undefined ? {} : { areaId }),
        ...(observedAt === undefined ? {} : { observedAt }),
      };
    }
    case 'shapefile':
      return readShapefile(object, input);
    case 'geopackage': {
      const header = parseGpkgHeader(await headRange(input, object, GPKG_HEADER_BYTES));
      return { format, header: { ...header } };
    }
    case 'las': {
      const header = parseLasHeader(await headRange(input, object, LAS_READ_BYTES));
      const { minX, maxX, minY, maxY, minZ, maxZ } = header.bounds;
      return {
        format,
        header: { ...header },
        reliefM: Math.round((maxZ - minZ) * 100) / 100,
        extentM: Math.round(Math.hypot(maxX - minX, maxY - minY) * 100) / 100,
      };
    }
    case 'geotiff':
      return readGeoTiff(object, input);
  }
}
