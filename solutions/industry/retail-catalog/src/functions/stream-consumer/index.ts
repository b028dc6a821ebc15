/** Stream consumer: processes change events from the Kinesis mapping, reporting failed records for retry. */
import type { ImageLabeler, TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { ImagePorts } from '@fsxn-s3ap/shared/image-catalog';
import { addMetric, MetricUnit, recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { type BatchItemFailuresResponse, batchItemFailures, parseKinesisEvent } from '@fsxn-s3ap/shared/streaming';
import type { CatalogConfig, StreamingConfig } from '../../config';
import {
  getConfig,
  getInput,
  getLabeler,
  getOutput,
  getStreamingConfig,
  getTextGenerator,
  lazyDeps,
  systemClock,
} from '../../deps';
import { consumeRecords } from '../../domain/consume-records';
import type { DeadLetterStore } from '../../domain/dead-letter';
import type { FileStateStore } from '../../domain/file-state';
import { getDeadLetters, getState } from '../../streaming-deps';

export interface ConsumerDeps {
  config: CatalogConfig;
  streaming: StreamingConfig;
  input: ImagePorts['input'];
  output: OutputWriter;
  labeler: ImageLabeler;
  textGenerator: TextGenerator;
  state: FileStateStore;
  deadLetters: DeadLetterStore;
  clock: () => Date;
}

export const createHandler =
  (deps: ConsumerDeps) =>
  async (event: unknown): Promise<BatchItemFailuresResponse> => {
    const records = parseKinesisEvent(event);
    const image = {
      input: deps.input,
      output: deps.output,
      labeler: deps.labeler,
      textGenerator: deps.textGenerator,
      now: deps.clock(),
      settings: deps.config.image,
    };
    const summary = await consumeRecords(records, {
      image,
      state: deps.state,
      deadLetters: deps.deadLetters,
      maxRetries: deps.streaming.maxRecordRetries,
      leaseSeconds: deps.streaming.leaseSeconds,
    });
    addMetric('RecordsProcessed', MetricUnit.Count, summary.processed);
    addMetric('RecordsSkipped', MetricUnit.Count, summary.skipped);
    addMetric('RecordsFailed', MetricUnit.Count, summary.failed + summary.invalid);
    addMetric('DeadLetterWriteErrors', MetricUnit.Count, summary.deadLetterErrors);
    recordFilesProcessed(summary.processed, summary.bytes);
    return batchItemFailures(summary.reportedFailures);
  };

export const defaultDeps = (): ConsumerDeps =>
  lazyDeps<ConsumerDeps>({
    config: getConfig,
    streaming: getStreamingConfig,
    input: getInput,
    output: getOutput,
    labeler: getLabeler,
    textGenerator: getTextGenerator,
    state: getState,
    deadLetters: getDeadLetters,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
