/** Stream producer: every minute, detects new, modified and deleted images and puts change events on the stream. */
import { addMetric, getLogger, MetricUnit, withObservability } from '@fsxn-s3ap/shared/observability';
import type { CatalogConfig, StreamingConfig } from '../../config';
import { getConfig, getInput, getStreamingConfig, lazyDeps, systemClock } from '../../deps';
import type { FileStateStore } from '../../domain/file-state';
import {
  type EventPublisher,
  type ProducerPorts,
  type ProducerSummary,
  produceChanges,
} from '../../domain/produce-changes';
import { getPublisher, getState } from '../../streaming-deps';

export interface ProducerDeps {
  config: CatalogConfig;
  streaming: StreamingConfig;
  input: ProducerPorts['input'];
  state: FileStateStore;
  publisher: EventPublisher;
  clock: () => Date;
}

export const createHandler =
  (deps: ProducerDeps) =>
  async (_event: unknown): Promise<ProducerSummary> => {
    const summary = await produceChanges(
      { input: deps.input, state: deps.state, publisher: deps.publisher, now: deps.clock() },
      {
        prefix: deps.config.inputPrefix,
        suffixes: deps.config.suffixes,
        reconcileLimit: deps.streaming.reconcileLimit,
      },
    );
    addMetric('ChangeEventsPublished', MetricUnit.Count, summary.published);
    addMetric('DeletionsDetected', MetricUnit.Count, summary.deleted);
    getLogger().info('Producer tick', { ...summary });
    return summary;
  };

export const defaultDeps = (): ProducerDeps =>
  lazyDeps<ProducerDeps>({
    config: getConfig,
    streaming: getStreamingConfig,
    input: getInput,
    state: getState,
    publisher: getPublisher,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
