/** The functions' configuration, read from the environment once per execution environment. */
import { type Env, intEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { suffixesFromEnv } from '@fsxn-s3ap/shared/s3';

/** What the template passes to every function (see Globals.Function.Environment). */
export interface InventoryConfig {
  /** Alias (or ARN) of the access point to read. */
  inputAccessPoint: string;
  /** Key prefix to list; empty lists the whole access point. */
  inputPrefix: string;
  /** Lower-case key suffixes to keep; empty keeps every key. */
  suffixes: string[];
  maxObjects: number;
  mapConcurrency: number;
  /** Topic for the run summary; no summary is published when it is unset. */
  snsTopicArn: string | undefined;
}

/** Parses the environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): InventoryConfig {
  return {
    inputAccessPoint: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', '', env),
    suffixes: suffixesFromEnv(env),
    maxObjects: intEnv('MAX_OBJECTS', { fallback: 10_000, min: 1 }, env),
    mapConcurrency: intEnv('MAP_CONCURRENCY', { fallback: 10, min: 1, max: 40 }, env),
    snsTopicArn: optionalEnv('SNS_TOPIC_ARN', undefined, env),
  };
}
