/** ImageTagging: labels from the ImageLabeler port (Rekognition DetectLabels), written to `tags/`. */
import { type Label, MAX_LABEL_IMAGE_BYTES } from '../ai';
import { errorMessage, InvalidImageError } from '../errors';
import type { ImageObject } from './image-object';
import { resultKey } from './output-keys';
import type { ImagePorts } from './ports';

/**
 * The tags result of one image. `tagged`: the labeler answered (possibly with no label above the threshold);
 * `unreadable`: the labeler cannot read the image (corrupt, or a format it does not take); `too_large`: over the
 * 5 MB the labeler accepts inline, so it was not sent.
 */
export interface TagsResult {
  key: string;
  etag: string;
  lastModified: string;
  size: number;
  status: 'tagged' | 'unreadable' | 'too_large';
  minConfidence: number;
  /** The labeler that answered (`rekognition`, or `demo` for the DemoMode labeler's content-derived descriptors). */
  labelSource: string;
  labels: Label[];
  /** Why there are no labels, for `unreadable` and `too_large`. */
  reason?: string;
  taggedAt: string;
}

/** Labels one image and writes `tags/...json`; returns the result and its full output key. */
export async function tagImage(
  object: ImageObject,
  ports: Pick<ImagePorts, 'input' | 'output' | 'labeler' | 'now' | 'settings'>,
): Promise<{ result: TagsResult; key: string }> {
  const { minConfidence, maxLabels } = ports.settings;
  const base = {
    key: object.key,
    etag: object.etag,
    lastModified: object.lastModified,
    size: object.size,
    minConfidence,
    labelSource: ports.labeler.source ?? 'unknown',
    taggedAt: ports.now.toISOString(),
  };
  let result: TagsResult;
  if (object.size === 0) {
    result = { ...base, status: 'unreadable', labels: [], reason: 'The file is empty (0 bytes)' };
  } else if (object.size > MAX_LABEL_IMAGE_BYTES) {
    const reason = `${object.size} bytes is over the ${MAX_LABEL_IMAGE_BYTES} bytes the labeler accepts inline`;
    result = { ...base, status: 'too_large', labels: [], reason };
  } else {
    const bytes = await ports.input.getBytes(object.key, { maxBytes: MAX_LABEL_IMAGE_BYTES });
    try {
      const labels = await ports.labeler.detectLabels({ bytes, minConfidence, maxLabels });
      result = { ...base, status: 'tagged', labels };
    } catch (error) {
      // An unreadable image is a fact about the file, recorded in its result; service failures still throw.
      if (!(error instanceof InvalidImageError)) throw error;
      result = { ...base, status: 'unreadable', labels: [], reason: errorMessage(error) };
    }
  }
  const key = await ports.output.putJson(resultKey('tags', object, ports.now), result);
  return { result, key };
}
