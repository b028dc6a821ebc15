/** Discovery: lists the LifeKeeper log prefix, writes the manifest, and counts the logs by key category. */
import { type DiscoveryResult, discoverObjects } from '@fsxn-s3ap/shared/discovery';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { MonitoringConfig } from '../../config';
import { getConfig, getInput, getOutput } from '../../deps';
import { categoryByKey, relativeKey } from '../../domain/classify';
import { parseDiscoveryEvent } from '../../domain/events';

export interface DiscoveryDeps {
  config: () => MonitoringConfig;
  input: () => AccessPointClient;
  output: () => OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: DiscoveryDeps) =>
  async (event: unknown): Promise<DiscoveryResult & { keyCategories: Record<string, number> }> => {
    const { executionId } = parseDiscoveryEvent(event);
    const config = deps.config();
    const result = await discoverObjects({
      input: deps.input(),
      output: deps.output(),
      executionId,
      prefix: config.inputPrefix,
      suffixes: config.suffixes,
      maxObjects: config.maxObjects,
      mapConcurrency: config.mapConcurrency,
      now: deps.clock(),
      maxInlineBytes: 100_000,
    });
    const keyCategories: Record<string, number> = {};
    for (const item of result.items) {
      if (!('key' in item)) continue;
      const category = categoryByKey(relativeKey(item.key, config.inputPrefix));
      keyCategories[category] = (keyCategories[category] ?? 0) + 1;
    }
    return { ...result, keyCategories };
  };

export const handler = withObservability(
  createHandler({ config: getConfig, input: getInput, output: getOutput, clock: () => new Date() }),
);
