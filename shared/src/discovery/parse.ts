import { ValidationError } from '../errors';
import type { S3ObjectSummary } from '../s3';
import type { ManifestChunkRef, WorkItem } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(record: Record<string, unknown>, field: string, min: number, what: string): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new ValidationError(`${what}: ${field} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalText(record: Record<string, unknown>, field: string, what: string): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ValidationError(`${what}: ${field} must be a string`);
  return value;
}

/** An S3ObjectSummary from untrusted input, with unknown fields dropped; ValidationError on a bad shape. */
export function parseObjectSummary(value: unknown, what = 'object summary'): S3ObjectSummary {
  if (!isRecord(value)) throw new ValidationError(`${what} must be an object`);
  if (typeof value.key !== 'string' || value.key === '') {
    throw new ValidationError(`${what}: key must be a non-empty string`);
  }
  const summary: S3ObjectSummary = { key: value.key, size: count(value, 'size', 0, what) };
  const etag = optionalText(value, 'etag', what);
  const lastModified = optionalText(value, 'lastModified', what);
  if (etag !== undefined) summary.etag = etag;
  if (lastModified !== undefined) summary.lastModified = lastModified;
  return summary;
}

function parseChunkRef(value: Record<string, unknown>): ManifestChunkRef {
  const what = 'manifest chunk reference';
  if (typeof value.manifestKey !== 'string' || value.manifestKey === '') {
    throw new ValidationError(`${what}: manifestKey must be a non-empty string`);
  }
  return {
    manifestKey: value.manifestKey,
    chunkIndex: count(value, 'chunkIndex', 0, what),
    offset: count(value, 'offset', 0, what),
    count: count(value, 'count', 1, what),
  };
}

/** True when `item` references a manifest chunk rather than being an object. */
export function isManifestChunkRef(item: WorkItem): item is ManifestChunkRef {
  return 'manifestKey' in item;
}

/**
 * A WorkItem from a Map iteration's input: a manifest chunk reference (has `manifestKey`) or an object summary
 * (has `key`). Unknown fields are dropped; a malformed shape throws ValidationError.
 */
export function parseWorkItem(value: unknown): WorkItem {
  if (!isRecord(value)) {
    throw new ValidationError(`A work item must be an object, got ${value === null ? 'null' : typeof value}`);
  }
  if ('manifestKey' in value) return parseChunkRef(value);
  if ('key' in value) return parseObjectSummary(value, 'work item');
  throw new ValidationError('A work item needs either "key" (an object) or "manifestKey" (a manifest chunk)');
}
