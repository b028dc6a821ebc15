/**
 * The producer's outgoing events: buffered up to one full PutRecords request, put, and counted. Versions whose event
 * was still rejected after retries are marked `emit_failed` so the next run emits them again.
 */
import { type ChangeEvent, ChangeType, objectOf } from './change-event';
import type { FileStateStore } from './file-state';
import type { EventPublisher } from './producer-types';

/** Events are put once this many are buffered (one full PutRecords request), and at the end of the run. */
export const PUBLISH_BUFFER = 500;

/** Counters the buffer keeps. */
export interface PublishCounts {
  published: number;
  failed: number;
}

/** A buffer over `publisher`; `push` puts each full batch (one PutRecords request), `flush` puts the rest. */
export function createEventBuffer(
  ports: { publisher: EventPublisher; state: FileStateStore; now: Date },
  counts: PublishCounts,
) {
  let buffer: ChangeEvent[] = [];
  const put = async (events: ChangeEvent[]) => {
    if (events.length === 0) return;
    const failed = await ports.publisher.publish(events);
    counts.published += events.length - failed.length;
    counts.failed += failed.length;
    const retry = failed.filter((event) => event.eventType !== ChangeType.Deleted).map(objectOf);
    if (retry.length > 0) await ports.state.markEmitFailed(retry, ports.now);
  };
  return {
    async push(events: readonly ChangeEvent[]): Promise<void> {
      buffer.push(...events);
      while (buffer.length >= PUBLISH_BUFFER) await put(buffer.splice(0, PUBLISH_BUFFER));
    },
    async flush(): Promise<void> {
      const rest = buffer;
      buffer = [];
      await put(rest);
    },
  };
}
