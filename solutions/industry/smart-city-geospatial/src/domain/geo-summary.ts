/** The run summary of the geospatial stage: objects per format and one row per area, sorted by key and capped. */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { BBox } from './crs';
import type { ClassShares, LandUseClass } from './land-use';
import type { GeoFormat } from './read-area';

/** Most area rows a summary keeps (the first by key); every area's full result is in its result JSON. */
export const MAX_AREA_ROWS = 500;

/** One area as the report lists it. */
export interface AreaRow {
  key: string;
  format: GeoFormat;
  areaId: string;
  sourceEpsg?: number;
  bbox4326?: BBox;
  centroid4326?: [number, number];
  shares: ClassShares;
  dominant?: LandUseClass;
  change?: { l1: number; previousObservedAt: string; changed: boolean };
  risk?: { flood: number; earthquake: number; landslide: number };
  /** Infra assessment of a point cloud: points, relief and point density. */
  infra?: { points: number; reliefM: number; pointsPerM2: number };
}

export interface GeoSummary {
  byFormat: Partial<Record<GeoFormat, number>>;
  /** Areas whose bbox was normalised to EPSG:4326. */
  normalised: number;
  /** Areas whose class shares moved more than the threshold since the previous observation. */
  changed: number;
  areas: AreaRow[];
}

const emptyGeo = (): GeoSummary => ({ byFormat: {}, normalised: 0, changed: 0, areas: [] });

/** The sum of two summaries (formats sorted; rows merged by key and capped). */
export function mergeGeo(a: GeoSummary, b: GeoSummary): GeoSummary {
  return {
    ...sumFields(a, b, ['normalised', 'changed']),
    byFormat: addCounts(a.byFormat, b.byFormat),
    areas: [...a.areas, ...b.areas]
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .slice(0, MAX_AREA_ROWS),
  };
}

/** Folds area rows into the summary. */
export const geoSummary: SummaryReducer<AreaRow, GeoSummary> = {
  empty: emptyGeo,
  add: (total, row) =>
    mergeGeo(total, {
      byFormat: { [row.format]: 1 },
      normalised: row.bbox4326 === undefined ? 0 : 1,
      changed: row.change?.changed === true ? 1 : 0,
      areas: [row],
    }),
  merge: mergeGeo,
};
