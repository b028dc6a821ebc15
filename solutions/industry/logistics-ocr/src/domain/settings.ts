/** This pattern's settings from the environment, parsed once per execution environment. */
import { type Env, intEnv, numberEnv } from '@fsxn-s3ap/shared/config';

/** How slips and photos are read and when they go to review. */
export interface LogisticsSettings {
  /** `CONFIDENCE_THRESHOLD` (template `ConfidenceThreshold`, default 80): below it, a result goes to review/. */
  confidenceThreshold: number;
  /** `MAX_DOCUMENT_BYTES` (default 10 MiB, Textract's inline limit): larger slips fail with ObjectTooLargeError. */
  maxDocumentBytes: number;
  /** `BOXES_PER_SHELF` (default 12): boxes a shelf holds when full, for occupancy from counts. */
  boxesPerShelf: number;
}

/** Reads the settings; ConfigError names a bad variable. */
export function loadSettings(env: Env = process.env): LogisticsSettings {
  return {
    confidenceThreshold: numberEnv('CONFIDENCE_THRESHOLD', { fallback: 80, min: 0, max: 100 }, env),
    maxDocumentBytes: intEnv('MAX_DOCUMENT_BYTES', { fallback: 10 * 1024 * 1024, min: 1, max: 10 * 1024 * 1024 }, env),
    boxesPerShelf: intEnv('BOXES_PER_SHELF', { fallback: 12, min: 1, max: 10_000 }, env),
  };
}
