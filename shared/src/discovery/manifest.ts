import { ValidationError } from '../errors';
import { datePath, sanitizeKeySegment } from '../output';
import type { S3ObjectSummary } from '../s3';
import { parseObjectSummary } from './parse';
import type { ManifestChunkRef } from './types';

/**
 * `manifests/YYYY/MM/DD/<executionId>.json` (UTC), relative to the output prefix; the execution id is sanitised
 * and an empty one throws ValidationError.
 */
export function manifestKeyFor(executionId: string, now: Date = new Date()): string {
  if (typeof executionId !== 'string' || executionId.trim() === '') {
    throw new ValidationError('executionId is required to name the discovery manifest');
  }
  return `manifests/${datePath(now)}/${sanitizeKeySegment(executionId)}.json`;
}

/**
 * The objects a chunk reference points at, checked against the manifest read from `chunk.manifestKey`:
 * ValidationError when the manifest has no `objects` array, holds fewer objects than the chunk needs, or holds
 * a malformed object.
 */
export function sliceManifest(manifest: unknown, chunk: ManifestChunkRef): S3ObjectSummary[] {
  const where = `manifest ${chunk.manifestKey} (chunk ${chunk.chunkIndex})`;
  const objects =
    typeof manifest === 'object' && manifest !== null && 'objects' in manifest ? manifest.objects : undefined;
  if (!Array.isArray(objects)) throw new ValidationError(`${where} has no "objects" array`);
  const end = chunk.offset + chunk.count;
  if (objects.length < end) {
    throw new ValidationError(
      `${where} holds ${objects.length} objects but the chunk needs objects ${chunk.offset} to ${end - 1}`,
    );
  }
  return objects
    .slice(chunk.offset, end)
    .map((object, index) => parseObjectSummary(object, `${where}, object ${chunk.offset + index}`));
}
