/** CatalogMetadata: a catalog entry from the TextGenerator port (Bedrock Converse), or a validated fallback. */
import { extractJsonObject } from '../ai';
import { AiServiceError, errorMessage } from '../errors';
import { CATALOG_KEYS, type CatalogEntry, fallbackCatalogEntry, parseCatalogEntry } from './catalog-entry';
import type { ImageObject } from './image-object';
import { resultKey } from './output-keys';
import type { ImagePorts } from './ports';
import type { TagsResult } from './tag-image';

/** The catalog result of one image: where the entry came from and, for a fallback, why. */
export interface CatalogResult {
  key: string;
  etag: string;
  lastModified: string;
  source: 'model' | 'fallback';
  /** The model that wrote the entry (source `model`) or was asked (source `fallback` after an unusable answer). */
  modelId?: string;
  fallbackReason?: string;
  entry: CatalogEntry;
  generatedAt: string;
}

const SYSTEM = [
  'You write concise product catalog entries for an online store.',
  'Use only facts from the file name and the detected labels; never invent brands, prices, sizes or materials.',
  'Answer with one JSON object: title (string, at most 120 characters), description (string, at most 1000',
  'characters), category (string, at most 60 characters), keywords (array of at most 20 short strings).',
].join(' ');

/** The prompt: the facts, then drafts of the title and category that the model may improve. */
export function catalogPrompt(object: ImageObject, tags: TagsResult): string {
  const draft = fallbackCatalogEntry(object.key, tags.labels);
  const labels = tags.labels.map((label) => `${label.name} (${label.confidence.toFixed(1)}%)`).join(', ');
  return [
    'Write a retail catalog entry for one product image. Improve the draft title and category when the labels support it.',
    '',
    `Image file: ${object.key}`,
    `Detected labels: ${labels}`,
    `Title: ${draft.title}`,
    `Category: ${draft.category}`,
  ].join('\n');
}

/** True for the errors an adapter raises about the answer itself (empty, not JSON, keys missing): no `cause`. */
function isUnusableAnswer(error: unknown): boolean {
  return error instanceof AiServiceError && error.cause === undefined;
}

async function askModel(
  object: ImageObject,
  tags: TagsResult,
  ports: Pick<ImagePorts, 'textGenerator'>,
): Promise<Pick<CatalogResult, 'source' | 'modelId' | 'fallbackReason' | 'entry'>> {
  const fallback = (reason: string, modelId?: string) => ({
    source: 'fallback' as const,
    ...(modelId === undefined ? {} : { modelId }),
    fallbackReason: reason,
    entry: fallbackCatalogEntry(object.key, tags.labels),
  });
  if (tags.status !== 'tagged') return fallback(`no labels to describe (tags ${tags.status}: ${tags.reason ?? ''})`);
  if (tags.labels.length === 0) return fallback('no label reached the confidence threshold');
  let answer: { json?: Record<string, unknown>; text: string; modelId: string };
  try {
    answer = await ports.textGenerator.generate({
      system: SYSTEM,
      prompt: catalogPrompt(object, tags),
      expectJsonKeys: [...CATALOG_KEYS],
      maxTokens: 800,
      temperature: 0.2,
    });
  } catch (error) {
    // Throttling and service failures propagate (the caller retries); an unusable answer falls back.
    if (!isUnusableAnswer(error)) throw error;
    return fallback(`the model's answer was unusable: ${errorMessage(error)}`);
  }
  const parsed = parseCatalogEntry(answer.json ?? extractJsonObject(answer.text));
  if (!parsed.ok)
    return fallback(`the model's answer failed validation: ${parsed.problems.join('; ')}`, answer.modelId);
  return { source: 'model', modelId: answer.modelId, entry: parsed.entry };
}

/** Builds the catalog entry of one image from its tags and writes `catalog/...json`. */
export async function describeProduct(
  object: ImageObject,
  tags: TagsResult,
  ports: Pick<ImagePorts, 'output' | 'textGenerator' | 'now'>,
): Promise<{ result: CatalogResult; key: string }> {
  const outcome = await askModel(object, tags, ports);
  const result: CatalogResult = {
    key: object.key,
    etag: object.etag,
    lastModified: object.lastModified,
    ...outcome,
    generatedAt: ports.now.toISOString(),
  };
  const key = await ports.output.putJson(resultKey('catalog', object, ports.now), result);
  return { result, key };
}
