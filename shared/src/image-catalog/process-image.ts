/**
 * The one per-image processing function every path calls: a polling workflow runs it one stage per Map state, a
 * stream consumer or an event-driven workflow runs every stage at once. Same inputs and clock give the same outputs,
 * whichever path runs it.
 */
import { ValidationError } from '../errors';
import { checkQuality, type QualityResult } from './check-quality';
import { type CatalogResult, describeProduct } from './describe-product';
import type { ImageObject } from './image-object';
import { resultKey } from './output-keys';
import type { ImagePorts } from './ports';
import { type TagsResult, tagImage } from './tag-image';

/** The stages, in order: catalog metadata reads the tags. */
export const IMAGE_STAGES = ['tagging', 'catalog', 'quality'] as const;

/** One stage of {@link IMAGE_STAGES}. */
export type ImageStage = (typeof IMAGE_STAGES)[number];

/** What the stages produced, and the full keys they wrote. */
export interface ImageOutcome {
  key: string;
  etag: string;
  tags?: TagsResult;
  catalog?: CatalogResult;
  quality?: QualityResult;
  outputKeys: string[];
}

function isTagsResult(value: unknown, object: ImageObject): value is TagsResult {
  const tags = value as Partial<TagsResult> | null;
  return (
    tags !== null &&
    typeof tags === 'object' &&
    tags.key === object.key &&
    tags.etag === object.etag &&
    Array.isArray(tags.labels) &&
    typeof tags.status === 'string'
  );
}

/**
 * The tags the tagging stage wrote for this version on the day of `at` (default `ports.now`); a catalog stage run on
 * its own reads them back. A missing result throws the output writer's ObjectNotFoundError; a malformed one throws
 * ValidationError.
 */
export async function readTags(
  object: ImageObject,
  ports: Pick<ImagePorts, 'output' | 'now'>,
  at: Date = ports.now,
): Promise<TagsResult> {
  const tags = await ports.output.getJson(`${ports.output.prefix}${resultKey('tags', object, at)}`);
  if (!isTagsResult(tags, object))
    throw new ValidationError(`The tags of ${object.key} (${object.etag}) are malformed`);
  return tags;
}

/** Runs `stages` (default: all three) for one image version and writes their results. */
export async function processImage(
  object: ImageObject,
  ports: ImagePorts,
  stages: readonly ImageStage[] = IMAGE_STAGES,
): Promise<ImageOutcome> {
  const outcome: ImageOutcome = { key: object.key, etag: object.etag, outputKeys: [] };
  if (stages.includes('tagging')) {
    const tagged = await tagImage(object, ports);
    outcome.tags = tagged.result;
    outcome.outputKeys.push(tagged.key);
  }
  if (stages.includes('catalog')) {
    const tags = outcome.tags ?? (await readTags(object, ports));
    const described = await describeProduct(object, tags, ports);
    outcome.catalog = described.result;
    outcome.outputKeys.push(described.key);
  }
  if (stages.includes('quality')) {
    const checked = await checkQuality(object, ports);
    outcome.quality = checked.result;
    outcome.outputKeys.push(checked.key);
  }
  return outcome;
}
