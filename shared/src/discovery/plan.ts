import { PayloadTooLargeError, ValidationError } from '../errors';
import type { S3ObjectSummary } from '../s3';
import type { ManifestChunkRef, WorkItem } from './types';

/** Largest JSON discovery returns to the state machine by default, leaving room under the 256 KB state limit. */
export const DEFAULT_MAX_INLINE_BYTES = 200_000;
/** Objects per manifest chunk by default. */
export const DEFAULT_CHUNK_SIZE = 1000;

/** Limits of {@link planWorkItems}. */
export interface PlanOptions {
  /** Largest payload, in UTF-8 bytes of JSON, including `overheadBytes` (default 200,000). */
  maxInlineBytes?: number;
  /** Objects per chunk when the objects do not fit inline (default 1000). */
  chunkSize?: number;
  /** Bytes of the JSON around the items array (the other result fields); default 0. */
  overheadBytes?: number;
}

/** The Map's items and whether they are the objects themselves. */
export interface WorkPlan {
  inline: boolean;
  items: WorkItem[];
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new ValidationError(`${name} must be a positive integer`);
  return value;
}

/**
 * Decides how the Map gets its work. When `overheadBytes` plus the JSON of the objects is at most
 * `maxInlineBytes`, the objects are the items; otherwise the items are references to consecutive chunks of
 * `chunkSize` objects of the manifest at `manifestKey`, covering every object once, in order. Throws
 * PayloadTooLargeError when even the chunk references do not fit.
 */
export function planWorkItems(
  objects: readonly S3ObjectSummary[],
  manifestKey: string,
  options: PlanOptions = {},
): WorkPlan {
  const maxInlineBytes = positiveInteger('maxInlineBytes', options.maxInlineBytes ?? DEFAULT_MAX_INLINE_BYTES);
  const chunkSize = positiveInteger('chunkSize', options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const overheadBytes = options.overheadBytes ?? 0;
  if (overheadBytes + jsonBytes(objects) <= maxInlineBytes) return { inline: true, items: [...objects] };
  const items: ManifestChunkRef[] = [];
  for (let offset = 0; offset < objects.length; offset += chunkSize) {
    const count = Math.min(chunkSize, objects.length - offset);
    items.push({ manifestKey, chunkIndex: items.length, offset, count });
  }
  const size = overheadBytes + jsonBytes(items);
  if (size > maxInlineBytes) {
    throw new PayloadTooLargeError(
      `${items.length} manifest chunks of ${chunkSize} objects need ${size} bytes, more than the ` +
        `${maxInlineBytes} allowed: raise the chunk size or lower MAX_OBJECTS`,
    );
  }
  return { inline: false, items };
}
