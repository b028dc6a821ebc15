/** This pattern's settings from the environment (parsed once per execution environment). */
import { intEnv, numberEnv, optionalEnv } from '@fsxn-s3ap/shared/config';

export interface GeoSettings {
  /** L1 distance between class-share vectors above which an area counts as changed (PATTERNS default 0.15). */
  changeThreshold: number;
  /** Largest GeoJSON parsed in memory. */
  maxGeoJsonBytes: number;
  /** The LandUseHistoryTable; empty keeps history in memory (tests only). */
  historyTableName: string | undefined;
}

export function loadGeoSettings(env: NodeJS.ProcessEnv = process.env): GeoSettings {
  return {
    changeThreshold: numberEnv('CHANGE_THRESHOLD', { fallback: 0.15, min: 0, max: 2 }, env),
    maxGeoJsonBytes: intEnv('MAX_GEOJSON_BYTES', { fallback: 16 * 1024 * 1024, min: 1024 }, env),
    historyTableName: optionalEnv('LAND_USE_HISTORY_TABLE', undefined, env) || undefined,
  };
}
