/** The quality step: size, dimension and aspect rules from each image's header (no decoding) into quality/. */
import { checkQuality, type ImageSettings } from '@fsxn-s3ap/shared/image-catalog';
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';
import { loadImageSettings } from '../config';
import { type CatalogSummary, catalogSummary, type StepResult } from '../domain/catalog-summary';
import type { FileStateStore } from '../domain/file-state';
import { optionalStateStore, runGated } from './gate';

/** What the quality step uses besides the kit's input and output. */
export interface QualityPorts {
  state: FileStateStore | undefined;
}

/** The last step of an iteration: it completes each image version when the state table is on. */
export const quality: ItemStage<StepResult, CatalogSummary, ImageSettings, QualityPorts> = {
  process: (summary, ctx) =>
    runGated(summary, { ...ctx, state: ctx.ports.state, role: 'last' }, async (object) => {
      const { result } = await checkQuality(object, ctx);
      return { step: 'quality', key: object.key, passed: result.passed, reasons: result.reasons };
    }),
  summary: catalogSummary,
  settings: () => loadImageSettings(),
  ports: () => ({ state: optionalStateStore() }),
};
