/**
 * The discovery function of every pattern: a scheduled run lists the input access point (prefix, suffixes, cap);
 * an FPolicy or S3 event run looks up the one file the event names. Either way it writes the run manifest and
 * returns the Map's work; finding nothing returns `totalObjects: 0` and the reason, for the `NoObjectsFound` state.
 */
import { discoverObjects } from '../discovery';
import { getLogger } from '../observability';
import type { S3ObjectSummary } from '../s3';
import { nonEmptyString, parseWith } from '../schema';
import * as z from '../schema/zod';
import { type KitDeps, withDefaults } from './deps';
import { discoverEventObject, lookUpEventObject } from './discover-event-object';
import { eventTarget, listingReason } from './event-target';
import { type ItemManifest, writeItemManifest } from './item-manifest';
import { type RoutedManifests, writeRoutedManifests } from './routed-manifests';
import { checkRoutes, type Routes } from './routes';
import { parseTrigger } from './trigger';
import type { DiscoveryOutput } from './types';

/** Inline Map items stay under this much JSON, leaving room in the 256 KB state for the items' outcomes. */
export const MAX_INLINE_BYTES = 100_000;

const DiscoveryEventSchema = z.object({ executionId: nonEmptyString(), trigger: z.optional(z.unknown()) });

/** The execution, its trigger and the key filters every discovery applies. */
function readDiscoveryEvent(event: unknown, kit: KitDeps['kit']) {
  const { executionId, trigger } = parseWith(DiscoveryEventSchema, event, 'discovery event');
  return { executionId, trigger: parseTrigger(trigger), filters: { prefix: kit.inputPrefix, suffixes: kit.suffixes } };
}

/** The discovery handler; `deps` replaces production dependencies (tests). */
export function createDiscoveryHandler(deps?: Partial<KitDeps>): (event: unknown) => Promise<DiscoveryOutput> {
  const resolved = withDefaults(deps);
  return async (event) => {
    const { kit } = resolved;
    const { executionId, trigger, filters } = readDiscoveryEvent(event, kit);
    const now = resolved.clock();
    if (trigger.kind === 'event') {
      getLogger().info('Event run', { eventId: trigger.event.eventId, operation: trigger.event.operation });
      return discoverEventObject({
        input: resolved.input,
        output: resolved.output,
        executionId,
        event: trigger.event,
        filters,
        mapConcurrency: Math.min(kit.mapConcurrency, 40),
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
      // 0 means no cap; the inline shape still fails loudly (PayloadTooLargeError) past what a state can hold.
      maxObjects: kit.maxObjects > 0 ? kit.maxObjects : Number.MAX_SAFE_INTEGER - 1,
      // An inline Map runs at most 40 iterations at once.
      mapConcurrency: Math.min(kit.mapConcurrency, 40),
      now,
      maxInlineBytes: MAX_INLINE_BYTES,
    });
    return { ...result, trigger: 'SCHEDULE', reason: listingReason(result.totalObjects, filters) };
  };
}

/** What manifest discovery returns for a Distributed Map (the ASL's `$.discovery`). */
export interface ManifestDiscoveryOutput extends ItemManifest {
  mapConcurrency: number;
  /** The Map's ItemBatcher `MaxItemsPerBatchPath` and `ToleratedFailurePercentagePath`. */
  batchSize: number;
  toleratedFailurePercentage: number;
  /** Where the Map's ResultWriter writes (under the output prefix), read back by the report. */
  resultPrefix: string;
  trigger: DiscoveryOutput['trigger'];
  reason: string;
  /** With routes: each route's manifest (`$.discovery.routes.<name>`), for a Parallel state's branches. */
  routes?: RoutedManifests['routes'];
  /** With routes: listed objects that no route took. */
  unrouted?: number;
}

/** Options of {@link createManifestDiscoveryHandler}. */
export interface ManifestDiscoveryOptions {
  /** Split the run into one manifest per route (one Parallel branch each); see {@link Routes}. */
  routes?: Routes;
}

function mapSettings({ kit, output }: KitDeps) {
  return {
    mapConcurrency: kit.mapConcurrency,
    batchSize: kit.batchSize,
    toleratedFailurePercentage: kit.toleratedFailurePercentage,
    resultPrefix: `${output.prefix}map-results`,
  };
}

/**
 * The discovery handler of a Distributed Map workflow: the same triggers and filters as
 * {@link createDiscoveryHandler}, but the items go to a JSON Lines manifest streamed to the output (the Map's
 * `ItemReader`), never into the state payload; `MAX_OBJECTS` 0 lists every file.
 */
export function createManifestDiscoveryHandler(
  deps?: Partial<KitDeps>,
  handlerOptions: ManifestDiscoveryOptions = {},
): (event: unknown) => Promise<ManifestDiscoveryOutput> {
  const resolved = withDefaults(deps);
  const { routes } = handlerOptions;
  if (routes !== undefined) checkRoutes(routes);
  return async (event) => {
    const { kit } = resolved;
    const { executionId, trigger, filters } = readDiscoveryEvent(event, kit);
    const options = { output: resolved.output, executionId, now: resolved.clock(), maxObjects: kit.maxObjects };
    const write = (pages: AsyncIterable<readonly S3ObjectSummary[]>) =>
      routes === undefined
        ? writeItemManifest(pages, options)
        : writeRoutedManifests(pages, { ...options, inputPrefix: kit.inputPrefix, routes });
    if (trigger.kind === 'event') {
      const { event: fileEvent } = trigger;
      getLogger().info('Event run', { eventId: fileEvent.eventId, operation: fileEvent.operation });
      const target = eventTarget(fileEvent, filters);
      const found =
        target.action === 'head' ? await lookUpEventObject(resolved.input, target.key) : { reason: target.reason };
      const pages = (async function* () {
        if ('object' in found) yield [found.object];
      })();
      const manifest = await write(pages);
      const reason =
        'object' in found ? `${fileEvent.source} ${fileEvent.operation} of ${fileEvent.key}` : found.reason;
      const source = fileEvent.source === 'aws.s3' ? 'S3' : 'FPOLICY';
      return { ...manifest, ...mapSettings(resolved), trigger: source, reason };
    }
    if (kit.inputPrefix === '') {
      getLogger().warn('INPUT_PREFIX is empty: listing the whole access point', { accessPoint: resolved.input.bucket });
    }
    const listing = resolved.input.listPages({
      prefix: kit.inputPrefix,
      suffixes: kit.suffixes,
      // Routes cap what they take (objects no route takes do not count), so the listing is not capped for them.
      ...(kit.maxObjects > 0 && routes === undefined ? { maxObjects: kit.maxObjects + 1 } : {}),
    });
    const manifest = await write(listing);
    return {
      ...manifest,
      ...mapSettings(resolved),
      trigger: 'SCHEDULE',
      reason: listingReason(manifest.totalObjects, filters),
    };
  };
}
