/** The tagging step: labels each image with the ImageLabeler port (Rekognition, or the Demo labeler) into tags/. */
import { createImageLabeler, type ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { type ImageSettings, tagImage } from '@fsxn-s3ap/shared/image-catalog';
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';
import { loadImageSettings } from '../config';
import { type CatalogSummary, catalogSummary, type StepResult } from '../domain/catalog-summary';
import type { FileStateStore } from '../domain/file-state';
import { optionalStateStore, runGated } from './gate';

/** What the tagging step uses besides the kit's input and output. */
export interface TaggingPorts {
  labeler: ImageLabeler;
  state: FileStateStore | undefined;
}

/** The first step of an iteration: it claims each image version when the state table is on. */
export const tagging: ItemStage<StepResult, CatalogSummary, ImageSettings, TaggingPorts> = {
  process: (summary, ctx) =>
    runGated(summary, { ...ctx, state: ctx.ports.state, role: 'first' }, async (object) => {
      const ports = { ...ctx, labeler: ctx.ports.labeler };
      const { result } = await tagImage(object, ports);
      return { step: 'tagging', key: object.key, status: result.status, ...reasonOf(result.reason) };
    }),
  summary: catalogSummary,
  settings: () => loadImageSettings(),
  ports: () => ({ labeler: createImageLabeler(), state: optionalStateStore() }),
};

function reasonOf(reason: string | undefined): { reason?: string } {
  return reason === undefined ? {} : { reason };
}
