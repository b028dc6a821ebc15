/**
 * Stream producer: every minute, merges the access point listing with the previous listing's snapshot, finds new,
 * modified and deleted images in one pass and puts their change events on the stream.
 */
import { addMetric, getLogger, MetricUnit, withObservability } from '@fsxn-s3ap/shared/observability';
import type { CatalogConfig, StreamingConfig } from '../../config';
import { getConfig, getInput, getStreamingConfig, lazyDeps, systemClock } from '../../deps';
import type { FileStateStore } from '../../domain/file-state';
import { produceFromSnapshot, type SnapshotSummary } from '../../domain/produce-from-snapshot';
import type { EventPublisher, ProducerPorts } from '../../domain/producer-types';
import type { SnapshotStore } from '../../domain/snapshot-store';
import { getPublisher, getSnapshot, getState, SNAPSHOT_PREFIX } from '../../streaming-deps';

export interface ProducerDeps {
  config: CatalogConfig;
  streaming: StreamingConfig;
  input: ProducerPorts['input'];
  state: FileStateStore;
  publisher: EventPublisher;
  snapshot: SnapshotStore;
  clock: () => Date;
}

export const createHandler =
  (deps: ProducerDeps) =>
  async (_event: unknown): Promise<SnapshotSummary> => {
    const { input, state, publisher, snapshot } = deps;
    const summary = await produceFromSnapshot(
      { input, state, publisher, snapshot, now: deps.clock() },
      {
        prefix: deps.config.inputPrefix,
        suffixes: deps.config.suffixes,
        reconcileLimit: deps.streaming.reconcileLimit,
        snapshotPrefix: SNAPSHOT_PREFIX,
      },
    );
    if (summary.snapshot.rebuildReason !== undefined) {
      getLogger().warn('Listing snapshot rebuilt from the state table', { reason: summary.snapshot.rebuildReason });
    }
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
    snapshot: getSnapshot,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
