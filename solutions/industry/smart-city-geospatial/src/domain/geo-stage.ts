/**
 * The per-file stage: the source's six steps in series for one object, in one invocation per Map batch. Read the
 * format's header (preprocessing, CRS -> EPSG:4326), class shares (land-use classification), L1 against the history
 * table (change detection), the point-cloud header (infra assessment), the risk rules (risk mapping); the result
 * JSON per file. The report step writes the run report and its narrative.
 */
import type { ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import type { GeoSettings } from '../settings';
import { type BBox, type Normalised, normaliseBBox } from './crs';
import { type AreaRow, type GeoSummary, geoSummary } from './geo-summary';
import { detectChange, type HistoryStore } from './history';
import { dominantClass, sharesFrom } from './land-use';
import { type AreaFacts, formatOf, readArea } from './read-area';
import { riskScores } from './risk';
import { thumbnailWeights } from './thumbnail';

/** Suffix of every per-file result key: `results/YYYY/MM/DD/<stem>_geo.json`. */
export const RESULT_SUFFIX = 'geo.json';

export interface GeoPorts {
  labeler: ImageLabeler;
  history: HistoryStore;
}

const fitsLonLat = (b: BBox) => b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90;

/** Approximate km² of a lon/lat box (equirectangular at its mid latitude). */
export function areaKm2(b: BBox): number {
  const midLat = ((b[1] + b[3]) / 2) * (Math.PI / 180);
  return Math.abs((b[2] - b[0]) * 111.32 * Math.cos(midLat) * (b[3] - b[1]) * 110.57);
}

/** The area id of a key: the key without its suffix. */
export const areaIdOf = (key: string) => key.slice(0, key.lastIndexOf('.') > 0 ? key.lastIndexOf('.') : key.length);

function normalise(facts: AreaFacts): Normalised | undefined {
  if (facts.bbox === undefined) return undefined;
  const epsg = facts.epsg ?? (fitsLonLat(facts.bbox) ? 4326 : undefined);
  return epsg === undefined ? undefined : normaliseBBox(facts.bbox, epsg);
}

function infraOf(facts: AreaFacts): AreaRow['infra'] {
  if (facts.format !== 'las') return undefined;
  const bounds = facts.header.bounds as { minX: number; maxX: number; minY: number; maxY: number };
  const m2 = (bounds.maxX - bounds.minX) * (bounds.maxY - bounds.minY);
  const points = facts.header.points as number;
  return { points, reliefM: facts.reliefM ?? 0, pointsPerM2: m2 > 0 ? Math.round((points / m2) * 1000) / 1000 : 0 };
}

/** The stage: one result JSON per file and one area row to the summary. */
export const geoStage = (
  settings: () => GeoSettings,
  ports: () => GeoPorts,
): ItemStage<AreaRow, GeoSummary, GeoSettings, GeoPorts> => ({
  settings,
  ports,
  // One at a time within a batch, in manifest (key) order: observations of an area meet the history in order.
  concurrency: 1,
  async process(object, ctx) {
    const format = formatOf(object.key);
    if (format === undefined) throw new ValidationError(`${object.key}: not a geospatial format this pattern reads`);
    const facts = await readArea(object, format, ctx.input, { maxGeoJsonBytes: ctx.settings.maxGeoJsonBytes });
    if (format === 'geotiff') {
      const weights = await thumbnailWeights(object.key, ctx.input, ctx.ports.labeler);
      if (weights !== undefined) Object.assign(facts, { landUseWeights: weights, landUseSource: 'image labels' });
    }
    const placed = normalise(facts);
    const shares = sharesFrom(facts.landUseWeights ?? {});
    const areaId = facts.areaId ?? areaIdOf(object.key);
    const observedAt = facts.observedAt ?? object.lastModified ?? ctx.now.toISOString();
    const change =
      Object.keys(shares).length === 0
        ? undefined
        : await detectChange(
            ctx.ports.history,
            { areaId, observedAt, shares, sourceKey: object.key },
            ctx.settings.changeThreshold,
          );
    const density =
      facts.buildings !== undefined && placed !== undefined && areaKm2(placed.bbox4326) > 0
        ? facts.buildings / areaKm2(placed.bbox4326)
        : undefined;
    const hasRiskInput = Object.keys(shares).length > 0 || facts.reliefM !== undefined;
    const risk = hasRiskInput
      ? riskScores({
          shares,
          ...(density === undefined ? {} : { buildingDensity: density }),
          ...(facts.reliefM === undefined ? {} : { reliefM: facts.reliefM }),
          ...(facts.extentM === undefined ? {} : { extentM: facts.extentM }),
        })
      : undefined;
    const infra = infraOf(facts);
    const row: AreaRow = {
      key: object.key,
      format,
      areaId,
      ...(placed === undefined ? {} : placed),
      shares,
      ...(dominantClass(shares) === undefined ? {} : { dominant: dominantClass(shares) }),
      ...(change?.l1 === undefined || change.previousObservedAt === undefined
        ? {}
        : { change: { l1: change.l1, previousObservedAt: change.previousObservedAt, changed: change.changed } }),
      ...(risk === undefined
        ? {}
        : { risk: { flood: risk.flood.score, earthquake: risk.earthquake.score, landslide: risk.landslide.score } }),
      ...(infra === undefined ? {} : { infra }),
    };
    await ctx.output.putJson(objectResultKey('results', object, RESULT_SUFFIX, ctx.now), {
      ...row,
      header: facts.header,
      landUseSource: facts.landUseSource ?? null,
      observedAt,
      changeDetection: change ?? null,
      riskRules: risk ?? null,
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    });
    return row;
  },
  summary: geoSummary,
});
