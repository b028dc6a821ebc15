/**
 * The catalog step: reads back the tags the tagging step wrote for the image version and writes a validated catalog
 * entry (the TextGenerator port's answer, or the fallback built from the tags) into catalog/.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import {
  describeProduct,
  type ImageObject,
  type ImagePorts,
  type ImageSettings,
  readTags,
  type TagsResult,
} from '@fsxn-s3ap/shared/image-catalog';
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';
import { loadImageSettings } from '../config';
import { type CatalogSummary, catalogSummary, type StepResult } from '../domain/catalog-summary';
import type { FileStateStore } from '../domain/file-state';
import { TagsNotFoundError } from '../errors';
import { optionalStateStore, runGated } from './gate';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the catalog step uses besides the kit's input and output. */
export interface CatalogPorts {
  textGenerator: TextGenerator;
  state: FileStateStore | undefined;
}

/**
 * The tags of this version written today or, when the tagging step ran before midnight UTC, yesterday. None: the
 * tagging step failed for the image (its failure is in the report), so TagsNotFoundError.
 */
export async function findTags(object: ImageObject, ports: Pick<ImagePorts, 'output' | 'now'>): Promise<TagsResult> {
  for (const at of [ports.now, new Date(ports.now.getTime() - DAY_MS)]) {
    try {
      return await readTags(object, ports, at);
    } catch (error) {
      if (!(error instanceof ObjectNotFoundError)) throw error;
    }
  }
  throw new TagsNotFoundError(`No tags for ${object.key} (${object.etag}): the tagging step did not write them`);
}

/** The middle step of an iteration. */
export const catalog: ItemStage<StepResult, CatalogSummary, ImageSettings, CatalogPorts> = {
  process: (summary, ctx) =>
    runGated(summary, { ...ctx, state: ctx.ports.state, role: 'middle' }, async (object) => {
      const ports = { output: ctx.output, now: ctx.now, textGenerator: ctx.ports.textGenerator };
      const { result } = await describeProduct(object, await findTags(object, ports), ports);
      const reason = result.fallbackReason === undefined ? {} : { reason: result.fallbackReason };
      return { step: 'catalog', key: object.key, source: result.source, ...reason };
    }),
  summary: catalogSummary,
  settings: () => loadImageSettings(),
  ports: () => ({ textGenerator: createTextGenerator(), state: optionalStateStore() }),
};
