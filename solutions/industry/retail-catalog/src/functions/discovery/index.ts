/** Discovery: lists the input access point, writes the run manifest and returns the work for the Map states. */
import { type DiscoveryResult, discoverObjects } from '@fsxn-s3ap/shared/discovery';
import { getLogger, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { CatalogConfig } from '../../config';
import { getConfig, getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { parseDiscoveryEvent } from '../../domain/events';

/**
 * Inline Map items stay under this much JSON: the three Map states each add a result array to the state, and the
 * whole state must stay under Step Functions' 256 KB.
 */
export const MAX_INLINE_BYTES = 60_000;

export interface DiscoveryDeps {
  config: CatalogConfig;
  input: AccessPointClient;
  output: OutputWriter;
  clock: () => Date;
}

/** The discovery result plus the run time every stage dates its outputs with. */
export type CatalogDiscovery = DiscoveryResult & { runAt: string };

export const createHandler =
  (deps: DiscoveryDeps) =>
  async (event: unknown): Promise<CatalogDiscovery> => {
    const { executionId } = parseDiscoveryEvent(event);
    const { config } = deps;
    const now = deps.clock();
    if (config.inputPrefix === '') getLogger().warn('INPUT_PREFIX is empty: listing the whole access point');
    const result = await discoverObjects({
      input: deps.input,
      output: deps.output,
      executionId,
      prefix: config.inputPrefix,
      suffixes: config.suffixes,
      maxObjects: config.maxObjects,
      mapConcurrency: config.mapConcurrency,
      now,
      maxInlineBytes: MAX_INLINE_BYTES,
    });
    return { ...result, runAt: now.toISOString() };
  };

export const defaultDeps = (): DiscoveryDeps =>
  lazyDeps<DiscoveryDeps>({ config: getConfig, input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
