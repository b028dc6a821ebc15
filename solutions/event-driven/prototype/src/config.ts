/** The functions' configuration, read from the environment once per execution environment. */
import { type Env, intEnv, numberEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { DEFAULT_QUALITY_RULES, type ImageSettings } from '@fsxn-s3ap/shared/image-catalog';
import { suffixesFromEnv } from '@fsxn-s3ap/shared/s3';

/** The image suffixes processed when SUFFIX_FILTER is not set. */
export const DEFAULT_SUFFIXES = ['.jpg', '.jpeg', '.png', '.webp'];

/** What the event processor reads. */
export interface PrototypeConfig {
  /** The bucket whose events this stack handles (later: the access point alias). */
  inputBucket: string;
  /** Key prefix the rule matches; empty matches the whole bucket. */
  inputPrefix: string;
  suffixes: string[];
  image: ImageSettings;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): PrototypeConfig {
  return {
    inputBucket: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', '', env),
    suffixes: suffixesFromEnv(env, DEFAULT_SUFFIXES),
    image: {
      minConfidence: numberEnv('LABEL_MIN_CONFIDENCE', { fallback: 70, min: 0, max: 100 }, env),
      maxLabels: intEnv('MAX_LABELS', { fallback: 20, min: 1, max: 100 }, env),
      quality: DEFAULT_QUALITY_RULES,
    },
  };
}
