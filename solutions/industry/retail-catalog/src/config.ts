/** The functions' configuration, read from the environment once per execution environment. */
import { type Env, intEnv, numberEnv, optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { DEFAULT_QUALITY_RULES, type ImageSettings } from '@fsxn-s3ap/shared/image-catalog';
import { suffixesFromEnv } from '@fsxn-s3ap/shared/s3';

/** The image suffixes processed when SUFFIX_FILTER is not set. */
export const DEFAULT_SUFFIXES = ['.jpg', '.jpeg', '.png', '.webp'];

/** What every function reads. */
export interface CatalogConfig {
  inputAccessPoint: string;
  /** Key prefix to list; empty lists the whole access point. */
  inputPrefix: string;
  suffixes: string[];
  /** Most images one workflow run discovers; 0 discovers every one. */
  maxObjects: number;
  /** Distributed Map batches in flight. */
  mapConcurrency: number;
  snsTopicArn: string | undefined;
  image: ImageSettings;
  /** The state table; undefined when streaming mode is off (the polling path then runs ungated). */
  stateTableName: string | undefined;
}

/** What the stream producer and consumer read besides {@link CatalogConfig}. */
export interface StreamingConfig {
  stateTableName: string;
  deadLetterTableName: string;
  streamArn: string;
  /** 0 = partition by first path segment only; n > 0 spreads each folder over n keys. */
  hashBuckets: number;
  /** State items one reconciliation step scans. */
  reconcileLimit: number;
  /** The mapping's MaximumRetryAttempts. */
  maxRecordRetries: number;
  deadLetterTtlDays: number;
  /** How long a consumer's claim holds. */
  leaseSeconds: number;
}

/** The label threshold and cap (LABEL_MIN_CONFIDENCE, MAX_LABELS) and the quality rules every image step uses. */
export function loadImageSettings(env: Env = process.env): ImageSettings {
  return {
    minConfidence: numberEnv('LABEL_MIN_CONFIDENCE', { fallback: 70, min: 0, max: 100 }, env),
    maxLabels: intEnv('MAX_LABELS', { fallback: 20, min: 1, max: 100 }, env),
    quality: DEFAULT_QUALITY_RULES,
  };
}

/** Parses the common environment; a missing or malformed variable throws a ConfigError naming it. */
export function loadConfig(env: Env = process.env): CatalogConfig {
  return {
    inputAccessPoint: requireEnv('INPUT_ACCESS_POINT', env),
    inputPrefix: optionalEnv('INPUT_PREFIX', '', env),
    suffixes: suffixesFromEnv(env, DEFAULT_SUFFIXES),
    maxObjects: intEnv('MAX_OBJECTS', { fallback: 0, min: 0 }, env),
    mapConcurrency: intEnv('MAP_CONCURRENCY', { fallback: 10, min: 1, max: 1000 }, env),
    snsTopicArn: optionalEnv('SNS_TOPIC_ARN', undefined, env),
    image: loadImageSettings(env),
    stateTableName: optionalEnv('STATE_TABLE_NAME', undefined, env),
  };
}

/** Parses the streaming environment (only the producer and consumer need it). */
export function loadStreamingConfig(env: Env = process.env): StreamingConfig {
  return {
    stateTableName: requireEnv('STATE_TABLE_NAME', env),
    deadLetterTableName: requireEnv('DEAD_LETTER_TABLE_NAME', env),
    streamArn: requireEnv('STREAM_ARN', env),
    hashBuckets: intEnv('PARTITION_KEY_HASH_BUCKETS', { fallback: 0, min: 0, max: 1024 }, env),
    reconcileLimit: intEnv('RECONCILE_SCAN_LIMIT', { fallback: 100, min: 1, max: 1000 }, env),
    maxRecordRetries: intEnv('MAX_RECORD_RETRIES', { fallback: 3, min: 0, max: 10_000 }, env),
    deadLetterTtlDays: intEnv('DEAD_LETTER_TTL_DAYS', { fallback: 14, min: 1, max: 365 }, env),
    leaseSeconds: intEnv('CLAIM_LEASE_SECONDS', { fallback: 900, min: 60, max: 86_400 }, env),
  };
}
