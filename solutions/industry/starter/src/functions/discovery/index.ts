/** Discovery: lists the input access point, writes the run manifest and returns the work for the Map state. */
import { type DiscoveryResult, discoverObjects } from '@fsxn-s3ap/shared/discovery';
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { InventoryConfig } from '../../config';
import { getConfig, getInput, getOutput, lazyDeps, systemClock } from '../../deps';
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
  async (event: unknown): Promise<DiscoveryResult> => {
    const { executionId } = parseDiscoveryEvent(event);
    const { config } = deps;
    if (config.inputPrefix === '') {
      getLogger().warn('INPUT_PREFIX is empty: listing the whole access point', { accessPoint: deps.input.bucket });
    }
    return discoverObjects({
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
  };

export const defaultDeps = (): DiscoveryDeps =>
  lazyDeps<DiscoveryDeps>({ config: getConfig, input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()));
