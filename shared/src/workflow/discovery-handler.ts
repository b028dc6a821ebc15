/**
 * The discovery function of every pattern: a scheduled run lists the input access point (prefix, suffixes, cap);
 * an FPolicy or S3 event run looks up the one file the event names. Either way it writes the run manifest and
 * returns the Map's work; finding nothing returns `totalObjects: 0` and the reason, for the `NoObjectsFound` state.
 */
import { discoverObjects } from '../discovery';
import { getLogger } from '../observability';
import { nonEmptyString, parseWith, z } from '../schema';
import { type KitDeps, withDefaults } from './deps';
import { discoverEventObject } from './discover-event-object';
import { listingReason } from './event-target';
import { parseTrigger } from './trigger';
import type { DiscoveryOutput } from './types';

/** Inline Map items stay under this much JSON, leaving room in the 256 KB state for the items' outcomes. */
export const MAX_INLINE_BYTES = 100_000;

const DiscoveryEventSchema = z.object({ executionId: nonEmptyString(), trigger: z.optional(z.unknown()) });

/** The discovery handler; `deps` replaces production dependencies (tests). */
export function createDiscoveryHandler(deps?: Partial<KitDeps>): (event: unknown) => Promise<DiscoveryOutput> {
  const resolved = withDefaults(deps);
  return async (event) => {
    const { executionId, trigger: rawTrigger } = parseWith(DiscoveryEventSchema, event, 'discovery event');
    const trigger = parseTrigger(rawTrigger);
    const { kit } = resolved;
    const filters = { prefix: kit.inputPrefix, suffixes: kit.suffixes };
    const now = resolved.clock();
    if (trigger.kind === 'event') {
      getLogger().info('Event run', { eventId: trigger.event.eventId, operation: trigger.event.operation });
      return discoverEventObject({
        input: resolved.input,
        output: resolved.output,
        executionId,
        event: trigger.event,
        filters,
        mapConcurrency: kit.mapConcurrency,
        now,
      });
    }
    if (kit.inputPrefix === '') {
      getLogger().warn('INPUT_PREFIX is empty: listing the whole access point', { accessPoint: resolved.input.bucket });
    }
    const result = await discoverObjects({
      input: resolved.input,
      output: resolved.output,
      executionId,
      prefix: kit.inputPrefix,
      suffixes: kit.suffixes,
      maxObjects: kit.maxObjects,
      mapConcurrency: kit.mapConcurrency,
      now,
      maxInlineBytes: MAX_INLINE_BYTES,
    });
    return { ...result, trigger: 'SCHEDULE', reason: listingReason(result.totalObjects, filters) };
  };
}
