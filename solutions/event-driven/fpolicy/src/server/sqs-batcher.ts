/**
 * Buffers file events and sends them with SendMessageBatch (<= 10 entries, <= 256 KiB). Entries SQS reports as
 * failed, and whole batches whose call failed or timed out, are retried with exponential backoff for a time budget;
 * past it (or past the in-memory cap, or at shutdown) they are handed to `spill` (the journal). Only an entry SQS
 * refuses as the sender's fault, or one neither sent nor spilled, is logged with its whole event and rejected.
 */
import { SendMessageBatchCommand, type SendMessageBatchCommandOutput, type SQSClient } from '@aws-sdk/client-sqs';
import { backoffDelayMs, sleep as defaultSleep } from '@fsxn-s3ap/shared/ontap';
import { MAX_BATCH_BYTES, MAX_BATCH_ENTRIES, takeBatchCount } from '../domain/batch';
import type { FileEvent } from '../domain/file-event';
import { EnqueueError } from '../errors';
import type { ServerLogger } from './logger';

/** Where the sessions put events. */
export interface EventSink {
  /** Resolves once SQS accepted the event or it was journalled; rejects with EnqueueError when neither happened. */
  enqueue(event: FileEvent): Promise<void>;
  /** Sends everything buffered now and resolves when nothing is buffered, in flight or waiting for a retry. */
  flush(): Promise<void>;
  /** Like flush, but after `deadlineMs` spills whatever is still unsent (in-flight entries too) and resolves. */
  drain(deadlineMs: number): Promise<void>;
  /** Events accepted but not yet confirmed by SQS nor journalled. */
  readonly outstanding: number;
}

export interface SqsBatcherOptions {
  client: SQSClient;
  queueUrl: string;
  logger: ServerLogger;
  /** How long a partial batch waits for more events; 5 ms by default. */
  lingerMs?: number;
  /** Concurrent SendMessageBatch calls; 16 by default. */
  maxInFlight?: number;
  /** How long an entry is retried from its first failure before it is spilled; 5 minutes by default. */
  retryBudgetMs?: number;
  /** Events held in memory; past it new events are spilled at once. 50,000 by default. */
  maxQueued?: number;
  /** A SendMessageBatch call is abandoned (and retried) after this long; 15 s by default. */
  sendTimeoutMs?: number;
  /** Keeps events durably (the journal); true when kept. Without it, spilled events are rejected. */
  spill?: (events: readonly FileEvent[]) => boolean;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Called with the events of each accepted batch (metrics, replay of the journal, benchmarks). */
  onSent?: (events: readonly FileEvent[]) => void;
}

interface Entry {
  event: FileEvent;
  body: string;
  bytes: number;
  attempts: number;
  firstFailureAt: number | undefined;
  settled: boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Creates the SQS sink. */
export function createSqsBatcher(options: SqsBatcherOptions): EventSink {
  const { client, queueUrl, logger } = options;
  const maxInFlight = options.maxInFlight ?? 16;
  const retryBudgetMs = options.retryBudgetMs ?? 300_000;
  const maxQueued = options.maxQueued ?? 50_000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 15_000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const delays = {
    baseDelayMs: options.baseDelayMs ?? 100,
    maxDelayMs: options.maxDelayMs ?? 5000,
    ...(options.random ? { random: options.random } : {}),
  };
  const queue: Entry[] = [];
  const live = new Set<Entry>();
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  const settle = (entry: Entry, error?: Error) => {
    if (entry.settled) return;
    entry.settled = true;
    live.delete(entry);
    if (error) entry.reject(error);
    else entry.resolve();
    if (live.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const spill = (entries: readonly Entry[], reason: string) => {
    const pending = entries.filter((entry) => !entry.settled);
    if (pending.length === 0) return;
    if (options.spill?.(pending.map((entry) => entry.event))) {
      logger.warn('Events journalled; they are replayed when SQS answers', { reason, count: pending.length });
      for (const entry of pending) settle(entry);
      return;
    }
    for (const entry of pending) {
      logger.error('Event not enqueued nor journalled', { reason, event: entry.event });
      settle(entry, new EnqueueError(`event ${entry.event.event_id} not enqueued nor journalled: ${reason}`));
    }
  };

  // Spills are grouped (one journal write and fsync per group, not per event) and written within 20 ms.
  let spillGroup: Entry[] = [];
  let spillReason = '';
  let spillTimer: NodeJS.Timeout | undefined;
  const flushSpills = () => {
    clearTimeout(spillTimer);
    spillTimer = undefined;
    const group = spillGroup;
    spillGroup = [];
    spill(group, spillReason);
  };
  const spillSoon = (entry: Entry, reason: string) => {
    spillGroup.push(entry);
    spillReason = reason;
    spillTimer ??= setTimeout(flushSpills, 20);
  };

  const retry = (entry: Entry, reason: string) => {
    if (entry.settled) return;
    entry.attempts += 1;
    entry.firstFailureAt ??= now();
    if (now() - entry.firstFailureAt >= retryBudgetMs) {
      spillSoon(entry, `not sent within ${retryBudgetMs} ms: ${reason}`);
      return;
    }
    void sleep(backoffDelayMs(entry.attempts, delays)).then(() => {
      if (entry.settled) return;
      queue.unshift(entry);
      pump(true);
    });
  };

  const handle = (batch: Entry[], output: SendMessageBatchCommandOutput) => {
    const done = new Set<number>();
    for (const ok of output.Successful ?? []) done.add(Number(ok.Id));
    options.onSent?.(batch.filter((entry, index) => done.has(index) && !entry.settled).map((entry) => entry.event));
    for (const index of done) settle(batch[index] as Entry);
    for (const failed of output.Failed ?? []) {
      const index = Number(failed.Id);
      const entry = batch[index];
      if (!entry || done.has(index)) continue;
      done.add(index);
      const reason = `${failed.Code ?? 'unknown'}: ${failed.Message ?? ''}`;
      if (failed.SenderFault) {
        logger.error('SQS refused the event', { reason, event: entry.event });
        settle(entry, new EnqueueError(`event ${entry.event.event_id} refused by SQS: ${reason}`));
      } else retry(entry, reason);
    }
    batch.forEach((entry, index) => {
      if (!done.has(index)) retry(entry, 'entry missing from the SendMessageBatch answer');
    });
  };

  const send = async (batch: Entry[]): Promise<void> => {
    inFlight += 1;
    const entries = batch.map((entry, index) => ({ Id: String(index), MessageBody: entry.body }));
    const abort = new AbortController();
    const deadline = setTimeout(() => abort.abort(), sendTimeoutMs);
    try {
      const command = new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries });
      handle(batch, await client.send(command, { abortSignal: abort.signal }));
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      logger.warn('SendMessageBatch failed; retrying its entries', { reason, entries: batch.length });
      for (const entry of batch) retry(entry, reason);
    } finally {
      clearTimeout(deadline);
      inFlight -= 1;
      pump(false);
    }
  };

  function pump(force: boolean): void {
    while (queue.length > 0 && inFlight < maxInFlight) {
      const head = queue.slice(0, MAX_BATCH_ENTRIES).map((entry) => entry.bytes);
      const count = takeBatchCount(head);
      const full = count < queue.length || count === MAX_BATCH_ENTRIES;
      if (!full && !force) break;
      void send(queue.splice(0, count));
    }
    if (queue.length === 0) {
      clearTimeout(timer);
      timer = undefined;
    } else {
      timer ??= setTimeout(() => {
        timer = undefined;
        pump(true);
      }, options.lingerMs ?? 5);
    }
  }

  const idle = () => new Promise<void>((resolve) => idleWaiters.push(resolve));

  return {
    get outstanding() {
      return live.size;
    },
    enqueue(event) {
      const body = JSON.stringify(event);
      const bytes = Buffer.byteLength(body, 'utf8');
      if (bytes > MAX_BATCH_BYTES) {
        return Promise.reject(
          new EnqueueError(`event ${event.event_id} is ${bytes} bytes; SQS accepts ${MAX_BATCH_BYTES}`),
        );
      }
      return new Promise<void>((resolve, reject) => {
        const entry: Entry = {
          event,
          body,
          bytes,
          attempts: 0,
          firstFailureAt: undefined,
          settled: false,
          resolve,
          reject,
        };
        live.add(entry);
        if (live.size > maxQueued) spillSoon(entry, `more than ${maxQueued} events held in memory`);
        else {
          queue.push(entry);
          pump(false);
        }
      });
    },
    flush() {
      pump(true);
      return live.size === 0 ? Promise.resolve() : idle();
    },
    async drain(deadlineMs) {
      pump(true);
      if (live.size === 0) return;
      let expired: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        expired = setTimeout(() => resolve(true), deadlineMs);
      });
      const timedOut = await Promise.race([idle().then(() => false), late]);
      clearTimeout(expired);
      if (timedOut) {
        queue.length = 0;
        spillGroup = [];
        flushSpills();
        spill([...live], `shutdown deadline of ${deadlineMs} ms reached`);
      }
    },
  };
}
