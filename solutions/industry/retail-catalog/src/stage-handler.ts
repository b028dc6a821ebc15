/** The handler shared by the three polling Map tasks: one stage for the objects of one Map item. */
import type { ImageLabeler, TextGenerator } from '@fsxn-s3ap/shared/ai';
import { expandWorkItem } from '@fsxn-s3ap/shared/discovery';
import { type ImagePorts, type ImageStage, toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { recordFilesProcessed } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { CatalogConfig } from './config';
import { getConfig, getInput, getLabeler, getOptionalState, getOutput, getTextGenerator, lazyDeps } from './deps';
import { parseStageEvent } from './domain/events';
import type { FileStateStore } from './domain/file-state';
import { runPollingStage, type StageSummary } from './domain/run-stage';

/** What a stage handler needs; `state` is undefined when streaming mode is off. */
export interface StageDeps {
  config: CatalogConfig;
  input: ImagePorts['input'];
  output: OutputWriter;
  labeler: ImageLabeler;
  textGenerator: TextGenerator;
  state: FileStateStore | undefined;
}

/** A Map task handler running `stage`; outputs are dated by the run's `runAt`, so the stages agree on keys. */
export const createStageHandler =
  (stage: ImageStage, deps: StageDeps) =>
  async (event: unknown): Promise<StageSummary> => {
    const { item, executionId, runAt } = parseStageEvent(event);
    const objects = (await expandWorkItem(item, deps.output)).map(toImageObject);
    const ports = {
      input: deps.input,
      output: deps.output,
      labeler: deps.labeler,
      textGenerator: deps.textGenerator,
      now: runAt,
      settings: deps.config.image,
    };
    const summary = await runPollingStage(objects, { stage, executionId, ports, state: deps.state });
    recordFilesProcessed(summary.processed, summary.bytes);
    return summary;
  };

/** The production dependencies of a stage handler, created on first use. */
export const defaultStageDeps = (): StageDeps =>
  lazyDeps<StageDeps>({
    config: getConfig,
    input: getInput,
    output: getOutput,
    labeler: getLabeler,
    textGenerator: getTextGenerator,
    state: getOptionalState,
  });
