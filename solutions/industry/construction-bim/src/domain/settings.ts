/** This pattern's settings from the environment, parsed once per execution environment. */
import { type Env, intEnv, listEnv } from '@fsxn-s3ap/shared/config';

/** Rule thresholds and read limits. */
export interface BimSettings {
  /** `MIN_DOOR_WIDTH_MM` (template `MinDoorWidthMm`, default 800): narrower doors break `egress.door-width`. */
  minDoorWidthMm: number;
  /** `FLAGGED_MATERIALS` (template `FlaggedMaterials`): words that make a drawing break `materials.flagged`. */
  flaggedMaterials: string[];
  /** `MAX_DRAWING_BYTES` (default 10 MB, Textract's inline limit): larger drawings fail with ObjectTooLargeError. */
  maxDrawingBytes: number;
}

/** Default flagged materials. */
export const DEFAULT_FLAGGED_MATERIALS = ['asbestos', 'lead', 'pcb', 'mercury'];

/** Reads the settings; ConfigError names a bad variable. */
export function loadBimSettings(env: Env = process.env): BimSettings {
  const flagged = listEnv('FLAGGED_MATERIALS', DEFAULT_FLAGGED_MATERIALS, env).map((word) => word.toLowerCase());
  return {
    minDoorWidthMm: intEnv('MIN_DOOR_WIDTH_MM', { fallback: 800, min: 1, max: 10_000 }, env),
    flaggedMaterials: flagged,
    maxDrawingBytes: intEnv('MAX_DRAWING_BYTES', { fallback: 10 * 1024 * 1024, min: 1024, max: 10 * 1024 * 1024 }, env),
  };
}
