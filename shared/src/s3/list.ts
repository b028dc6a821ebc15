import { type _Object, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ValidationError } from '../errors';
import { callS3 } from './errors';
import { matchesSuffix, normalizeSuffixes } from './suffix';
import type { S3Target } from './target';
import type { ListOptions, S3ObjectSummary } from './types';

const MAX_PAGE_SIZE = 1000;

function positiveInteger(name: string, value: number | undefined, fallback: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ValidationError(`${name} must be an integer between 1 and ${max}, got ${value}`);
  }
  return value;
}

function toSummary(object: _Object): S3ObjectSummary | undefined {
  // Keys ending in '/' are directory markers, never files to process.
  if (object.Key === undefined || object.Key === '' || object.Key.endsWith('/')) return undefined;
  const summary: S3ObjectSummary = { key: object.Key, size: object.Size ?? 0 };
  if (object.ETag !== undefined) summary.etag = object.ETag;
  if (object.LastModified !== undefined) summary.lastModified = object.LastModified.toISOString();
  return summary;
}

/**
 * Lists one ListObjectsV2 page at a time, filtered by suffix, without directory markers. Paging stops as soon
 * as `maxObjects` matching objects were yielded, so no page beyond the cap is requested.
 */
export async function* listPages(
  client: S3Client,
  target: S3Target,
  options: ListOptions = {},
): AsyncGenerator<S3ObjectSummary[]> {
  const maxObjects = positiveInteger('maxObjects', options.maxObjects, Number.POSITIVE_INFINITY);
  const pageSize = positiveInteger('pageSize', options.pageSize, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const suffixes = normalizeSuffixes(options.suffixes ?? []);
  const prefix = options.prefix === undefined || options.prefix === '' ? undefined : options.prefix;
  let token: string | undefined;
  let yielded = 0;
  do {
    const remaining = maxObjects - yielded;
    // Without a suffix filter almost every key counts, so ask only for what the cap still allows.
    const maxKeys = suffixes.length === 0 ? Math.min(pageSize, remaining) : pageSize;
    const command = new ListObjectsV2Command({
      Bucket: target.bucket,
      Prefix: prefix,
      ContinuationToken: token,
      MaxKeys: maxKeys,
    });
    const page = await callS3({ operation: 'ListObjectsV2', target, key: prefix }, () => client.send(command));
    const matching: S3ObjectSummary[] = [];
    for (const object of page.Contents ?? []) {
      const summary = toSummary(object);
      if (summary && matchesSuffix(summary.key, suffixes)) matching.push(summary);
      if (matching.length === remaining) break;
    }
    yielded += matching.length;
    if (matching.length > 0) yield matching;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined && yielded < maxObjects);
}

/** Lists one object at a time (see {@link listPages}). */
export async function* listObjects(
  client: S3Client,
  target: S3Target,
  options: ListOptions = {},
): AsyncGenerator<S3ObjectSummary> {
  for await (const page of listPages(client, target, options)) yield* page;
}
