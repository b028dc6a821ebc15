import { ValidationError } from '../errors';
import type { OutputWriter } from '../output';
import { type AccessPointClient, normalizeSuffixes, type S3ObjectSummary } from '../s3';
import { manifestKeyFor } from './manifest';
import { DEFAULT_CHUNK_SIZE, planWorkItems } from './plan';
import type { DiscoveryManifest, DiscoveryResult } from './types';

/** Objects discovered per run unless told otherwise (the `MAX_OBJECTS` default). */
export const DEFAULT_MAX_OBJECTS = 10_000;
/** Map concurrency unless told otherwise (the `MAP_CONCURRENCY` default). */
export const DEFAULT_MAP_CONCURRENCY = 10;
const MAX_MAP_CONCURRENCY = 40;

/** Options of {@link discoverObjects}. */
export interface DiscoverOptions {
  input: AccessPointClient;
  output: OutputWriter;
  /** The Step Functions execution name; names the manifest. */
  executionId: string;
  /** Key prefix; empty lists the whole access point (the caller logs a warning). */
  prefix?: string;
  suffixes?: readonly string[];
  maxObjects?: number;
  mapConcurrency?: number;
  now?: Date;
  maxInlineBytes?: number;
  chunkSize?: number;
}

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ValidationError(`${name} must be an integer between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * Lists the input through the access point (prefix, suffix filter, cap), writes the manifest
 * `manifests/YYYY/MM/DD/<executionId>.json` through `output`, and returns the Map's work: the objects inline when
 * the whole result stays within `maxInlineBytes` of JSON, manifest chunk references otherwise. Finding no object
 * is not an error: the result has `totalObjects: 0` and no items.
 */
export async function discoverObjects(options: DiscoverOptions): Promise<DiscoveryResult> {
  const now = options.now ?? new Date();
  const relativeKey = manifestKeyFor(options.executionId, now);
  const maxObjects = integer('maxObjects', options.maxObjects ?? DEFAULT_MAX_OBJECTS, 1, Number.MAX_SAFE_INTEGER - 1);
  const mapConcurrency = integer(
    'mapConcurrency',
    options.mapConcurrency ?? DEFAULT_MAP_CONCURRENCY,
    1,
    MAX_MAP_CONCURRENCY,
  );
  const chunkSize = integer('chunkSize', options.chunkSize ?? DEFAULT_CHUNK_SIZE, 1, Number.MAX_SAFE_INTEGER);
  const prefix = options.prefix ?? '';
  const suffixes = normalizeSuffixes(options.suffixes ?? []);

  // One object past the cap tells whether the listing was truncated.
  const objects: S3ObjectSummary[] = [];
  for await (const page of options.input.listPages({ prefix, suffixes, maxObjects: maxObjects + 1 })) {
    for (const object of page) objects.push(object);
  }
  const truncated = objects.length > maxObjects;
  if (truncated) objects.length = maxObjects;
  const totalBytes = objects.reduce((sum, object) => sum + object.size, 0);

  const manifest: DiscoveryManifest = {
    executionId: options.executionId,
    generatedAt: now.toISOString(),
    prefix,
    suffixes,
    totalObjects: objects.length,
    totalBytes,
    truncated,
    chunkSize,
    objects,
  };
  const manifestKey = await options.output.putJson(relativeKey, manifest);
  const summary = { manifestKey, totalObjects: objects.length, totalBytes, truncated };
  // The result's JSON without its items array ("[]" is 2 bytes); `inline: false` is the longer form.
  const overheadBytes = jsonBytes({ ...summary, inline: false, items: [], mapConcurrency }) - 2;
  const plan = planWorkItems(objects, manifestKey, {
    maxInlineBytes: options.maxInlineBytes,
    chunkSize,
    overheadBytes,
  });
  return { ...summary, inline: plan.inline, items: plan.items, mapConcurrency };
}
