/** The environment every function of the kit reads (see the template's Globals.Function.Environment). */
import { type Env, intEnv, optionalEnv, requireEnv } from '../config';
import { suffixesFromEnv } from '../s3';

/** Settings shared by discovery, item and report functions. */
export interface KitSettings {
  /** Alias (or ARN) of the input access point. */
  inputAccessPoint: string;
  /** Key prefix to list; empty lists the whole access point. */
  inputPrefix: string;
  /** Lower-case key suffixes to keep; empty keeps every key. */
  suffixes: string[];
  /** Most objects one run discovers. */
  maxObjects: number;
  mapConcurrency: number;
  /** Objects per Distributed Map batch (one item-function invocation). */
  batchSize: number;
  /** Share of failed batches (0-100) a Distributed Map run tolerates before it fails. */
  toleratedFailurePercentage: number;
  /** Topic for the run summary; nothing is published when unset. */
  snsTopicArn: string | undefined;
  /** The pattern id (`USE_CASE`), used in report titles. */
  useCase: string;
}

/** Parses the kit's variables; a missing or malformed one throws a ConfigError naming it. */
export function loadKitSettings(env: Env = process.env): KitSettings {
  return {
    inputAccessPoint: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', '', env),
    suffixes: suffixesFromEnv(env),
    maxObjects: intEnv('MAX_OBJECTS', { fallback: 10_000, min: 0 }, env),
    mapConcurrency: intEnv('MAP_CONCURRENCY', { fallback: 10, min: 1, max: 1000 }, env),
    batchSize: intEnv('MAP_BATCH_SIZE', { fallback: 100, min: 1, max: 10_000 }, env),
    toleratedFailurePercentage: intEnv('TOLERATED_FAILURE_PERCENTAGE', { fallback: 10, min: 0, max: 100 }, env),
    snsTopicArn: optionalEnv('SNS_TOPIC_ARN', undefined, env),
    useCase: optionalEnv('USE_CASE', 'pattern', env),
  };
}
