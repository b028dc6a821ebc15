/** Land-use weights of a raster from its quick-look thumbnail (`<stem>.png`, else `<stem>.jpg`) via the labeler. */
import type { ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { labelWeights } from './label-shares';

/** Rekognition's image limit. */
export const THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024;

/** The weights, or undefined when the raster has no thumbnail. */
export async function thumbnailWeights(
  key: string,
  input: AccessPointClient,
  labeler: ImageLabeler,
): Promise<Record<string, number> | undefined> {
  const stem = key.slice(0, key.lastIndexOf('.'));
  for (const suffix of ['.png', '.jpg']) {
    let bytes: Uint8Array;
    try {
      bytes = await input.getBytes(`${stem}${suffix}`, { maxBytes: THUMBNAIL_MAX_BYTES });
    } catch (error) {
      if (error instanceof ObjectNotFoundError) continue;
      throw error;
    }
    return labelWeights(await labeler.detectLabels({ bytes, minConfidence: 10, maxLabels: 50 }));
  }
  return undefined;
}
