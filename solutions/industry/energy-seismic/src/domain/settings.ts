/** This pattern's settings from the environment, parsed once per execution environment. */
import { type Env, intEnv, numberEnv } from '@fsxn-s3ap/shared/config';

/** How well-log anomalies are flagged. */
export interface WellLogSettings {
  /** `ANOMALY_THRESHOLD_STD` (template `AnomalyThresholdStd`, default 3.0): flag beyond this many std devs. */
  thresholdStd: number;
  /** `MAX_ANOMALIES_PER_FILE` (default 1000): anomaly records kept per file; more are only counted. */
  maxAnomalies: number;
}

/** Reads the well-log settings; ConfigError names a bad variable. */
export function loadWellLogSettings(env: Env = process.env): WellLogSettings {
  return {
    thresholdStd: numberEnv('ANOMALY_THRESHOLD_STD', { fallback: 3.0, min: 0.1, max: 100 }, env),
    maxAnomalies: intEnv('MAX_ANOMALIES_PER_FILE', { fallback: 1000, min: 0, max: 100_000 }, env),
  };
}
