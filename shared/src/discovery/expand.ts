import { ObjectNotFoundError, ValidationError } from '../errors';
import type { OutputWriter } from '../output';
import type { S3ObjectSummary } from '../s3';
import { sliceManifest } from './manifest';
import { isManifestChunkRef } from './parse';
import type { WorkItem } from './types';

/**
 * The objects one Map iteration processes: the item itself, or its slice of the manifest read through `output`.
 * A missing, malformed or too short manifest throws ValidationError.
 */
export async function expandWorkItem(
  item: WorkItem,
  output: Pick<OutputWriter, 'getJson'>,
): Promise<S3ObjectSummary[]> {
  if (!isManifestChunkRef(item)) return [item];
  let manifest: unknown;
  try {
    manifest = await output.getJson(item.manifestKey);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) {
      throw new ValidationError(`manifest ${item.manifestKey} (chunk ${item.chunkIndex}) does not exist`, {
        cause: error,
      });
    }
    throw error;
  }
  return sliceManifest(manifest, item);
}
