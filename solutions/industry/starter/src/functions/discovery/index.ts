/**
 * Discovery: a scheduled run lists the input access point; an FPolicy event run looks up the one file the event
 * names. Either way it writes the run manifest and returns the work for the Map state.
 */
import { discoverObjects } from '@fsxn-s3ap/shared/discovery';
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { InventoryConfig } from '../../config';
import { getConfig, getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { discoverEventObject, listingReason, type TriggeredDiscovery } from '../../domain/event-discovery';
import { parseDiscoveryEvent } from '../../domain/events';

/** Inline Map items stay under this much JSON, leaving room in the 256 KB state for the items' summaries. */
export const MAX_INLINE_BYTES = 100_000;

export interface DiscoveryDeps {
  config: InventoryConfig;
  input: AccessPointClient;
  output: OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: DiscoveryDeps) =>
  async (event: unknown): Promise<TriggeredDiscovery> => {
    const { executionId, trigger } = parseDiscoveryEvent(event);
    const { config } = deps;
    const filters = { prefix: config.inputPrefix, suffixes: config.suffixes };
    if (trigger.kind === 'fpolicy') {
      getLogger().info('FPolicy event run', { eventId: trigger.event.eventId, operation: trigger.event.operation });
      return discoverEventObject({
        input: deps.input,
        output: deps.output,
        executionId,
        event: trigger.event,
        filters,
        mapConcurrency: config.mapConcurrency,
        now: deps.clock(),
      });
    }
    if (config.inputPrefix === '') {
      getLogger().warn('INPUT_PREFIX is empty: listing the whole access point', { accessPoint: deps.input.bucket });
    }
    const result = await discoverObjects({
      input: deps.input,
      output: deps.output,
      executionId,
      prefix: config.inputPrefix,
      suffixes: config.suffixes,
      maxObjects: config.maxObjects,
      mapConcurrency: config.mapConcurrency,
      now: deps.clock(),
      maxInlineBytes: MAX_INLINE_BYTES,
    });
    return { ...result, trigger: 'SCHEDULE', reason: listingReason(result.totalObjects, filters) };
  };

export const defaultDeps = (): DiscoveryDeps =>
  lazyDeps<DiscoveryDeps>({ config: getConfig, input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()));
