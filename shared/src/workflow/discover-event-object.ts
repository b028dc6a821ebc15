/**
 * Event-driven discovery: the one object a file event names, looked up with HeadObject through the access point,
 * recorded in the same manifest a listing writes. A delete, a filtered-out key or an object that is gone by now
 * gives zero objects and says why.
 */
import { DEFAULT_CHUNK_SIZE, type DiscoveryManifest, manifestKeyFor } from '../discovery';
import { ObjectNotFoundError } from '../errors';
import type { OutputWriter } from '../output';
import type { AccessPointClient, S3ObjectSummary } from '../s3';
import { eventTarget, type KeyFilters } from './event-target';
import type { FileEvent } from './trigger';
import type { DiscoveryOutput } from './types';

/** The manifest of an event-driven run: a listing's manifest plus the event and the reason. */
export interface EventManifest extends DiscoveryManifest {
  trigger: { source: string; eventId: string; operation: string; key: string; timestamp: string };
  reason: string;
}

/** Options of {@link discoverEventObject}. */
export interface EventDiscoveryOptions {
  input: Pick<AccessPointClient, 'head'>;
  output: Pick<OutputWriter, 'putJson'>;
  executionId: string;
  event: FileEvent;
  filters: KeyFilters;
  mapConcurrency: number;
  now: Date;
}

/** HeadObject of an event's key: the object, or why there is nothing to process (it is gone). */
export async function lookUpEventObject(
  input: Pick<AccessPointClient, 'head'>,
  key: string,
): Promise<{ object: S3ObjectSummary } | { reason: string }> {
  try {
    const head = await input.head(key);
    const object: S3ObjectSummary = { key, size: head.size };
    if (head.etag !== undefined) object.etag = head.etag;
    if (head.lastModified !== undefined) object.lastModified = head.lastModified;
    return { object };
  } catch (error) {
    // Renamed or deleted again between the event and this run: nothing left to process, said explicitly.
    if (error instanceof ObjectNotFoundError) {
      return { reason: `${key} no longer exists (moved or deleted since the event)` };
    }
    throw error;
  }
}

/**
 * Discovers the object `event` names (at most one), writes `manifests/YYYY/MM/DD/<executionId>.json` and returns
 * the Map's work inline. HeadObject errors other than a missing object (AccessDenied, throttling) are thrown.
 */
export async function discoverEventObject(options: EventDiscoveryOptions): Promise<DiscoveryOutput> {
  const { event, filters } = options;
  const target = eventTarget(event, filters);
  const found =
    target.action === 'head' ? await lookUpEventObject(options.input, target.key) : { reason: target.reason };
  const objects = 'object' in found ? [found.object] : [];
  const reason = 'object' in found ? `${event.source} ${event.operation} of ${event.key}` : found.reason;
  const totalBytes = objects.reduce((sum, object) => sum + object.size, 0);
  const manifest: EventManifest = {
    executionId: options.executionId,
    generatedAt: options.now.toISOString(),
    prefix: filters.prefix,
    suffixes: [...filters.suffixes],
    totalObjects: objects.length,
    totalBytes,
    truncated: false,
    chunkSize: DEFAULT_CHUNK_SIZE,
    objects,
    trigger: {
      source: event.source,
      eventId: event.eventId,
      operation: event.operation,
      key: event.key,
      timestamp: event.timestamp,
    },
    reason,
  };
  const manifestKey = await options.output.putJson(manifestKeyFor(options.executionId, options.now), manifest);
  return {
    manifestKey,
    totalObjects: objects.length,
    totalBytes,
    truncated: false,
    inline: true,
    items: objects,
    mapConcurrency: options.mapConcurrency,
    trigger: event.source === 'aws.s3' ? 'S3' : 'FPOLICY',
    reason,
  };
}
