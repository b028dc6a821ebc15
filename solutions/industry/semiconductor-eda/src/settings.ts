/** This pattern's settings, from the functions' environment. */
import { type Env, intEnv } from '@fsxn-s3ap/shared/config';

/** What the design review and the DRC step are tuned by. */
export interface EdaSettings {
  /** A design whose hierarchy is deeper than this is flagged (MAX_HIERARCHY_DEPTH, default 16). */
  maxHierarchyDepth: number;
  /** Layer numbers above this are flagged as unusual (MAX_STANDARD_LAYER, default 255). */
  maxStandardLayer: number;
}

/** Reads {@link EdaSettings}; a malformed variable throws ConfigError naming it. */
export function loadEdaSettings(env: Env = process.env): EdaSettings {
  return {
    maxHierarchyDepth: intEnv('MAX_HIERARCHY_DEPTH', { fallback: 16, min: 1, max: 10_000 }, env),
    maxStandardLayer: intEnv('MAX_STANDARD_LAYER', { fallback: 255, min: 0, max: 65_535 }, env),
  };
}
