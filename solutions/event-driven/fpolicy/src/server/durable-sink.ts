/**
 * The sink the server uses: the SQS batcher with the journal behind it. Events spilled to the journal are replayed
 * through the batcher at start, once SQS takes a batch again, and every `replayIntervalMs` (files left by stopped
 * processes). Replay keeps at most `replayWindow` events in memory at a time. Delivery is at least once: an event
 * replayed after a shutdown that spilled in-flight entries may reach SQS twice, with the same `event_id`.
 */
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import type { FileEvent } from '../domain/file-event';
import type { Journal } from './journal';
import type { ServerLogger } from './logger';
import { createSqsBatcher, type EventSink, type SqsBatcherOptions } from './sqs-batcher';

export interface DurableSinkOptions extends Omit<SqsBatcherOptions, 'spill'> {
  journal: Journal;
  logger: ServerLogger;
  /** 30 s by default. */
  replayIntervalMs?: number;
  /** Replayed events in flight at once; 2,000 by default. */
  replayWindow?: number;
}

export interface DurableSink extends EventSink {
  /** Replays every claimable journal file; resolves when done (a replay already running is joined). */
  replay(): Promise<void>;
  /** Stops the periodic replay. */
  close(): void;
}

export function createDurableSink(options: DurableSinkOptions): DurableSink {
  const { journal, logger } = options;
  const window = options.replayWindow ?? 2000;
  let replaying: Promise<void> | undefined;
  let closed = false;
  const batcher = createSqsBatcher({
    ...options,
    spill: (events) => journal.append(events),
    onSent: (events) => {
      options.onSent?.(events);
      if (journal.bytes > 0 && !replaying && !closed) void replay();
    },
  });

  const replayFile = async (file: string) => {
    let pending: Promise<void>[] = [];
    let count = 0;
    await journal.read(
      file,
      async (event: FileEvent) => {
        count += 1;
        pending.push(batcher.enqueue(event).catch(() => undefined));
        if (pending.length >= window) {
          await Promise.all(pending);
          pending = [];
        }
      },
      (line) => logger.error('Journal line is not an event; skipped', { file, line }),
    );
    await Promise.all(pending);
    journal.release(file);
    logger.info('Journal replayed', { file, events: count });
  };

  const replayAll = async () => {
    try {
      for (const file of journal.claim()) await replayFile(file);
    } catch (error) {
      logger.error('Journal replay failed; it is retried later', { reason: errorMessage(error) });
    }
  };

  function replay(): Promise<void> {
    // Reset in a later microtask: a replay with nothing to claim completes synchronously.
    replaying ??= replayAll().finally(() => {
      replaying = undefined;
    });
    return replaying;
  }

  const interval = setInterval(() => {
    if (!replaying && !closed) void replay();
  }, options.replayIntervalMs ?? 30_000);
  interval.unref();

  return {
    get outstanding() {
      return batcher.outstanding;
    },
    enqueue: (event) => batcher.enqueue(event),
    flush: () => batcher.flush(),
    async drain(deadlineMs) {
      closed = true;
      clearInterval(interval);
      await batcher.drain(deadlineMs);
      journal.seal();
    },
    replay,
    close() {
      closed = true;
      clearInterval(interval);
    },
  };
}
