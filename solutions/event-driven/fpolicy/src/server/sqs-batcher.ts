/**
 * Buffers file events and sends them with SendMessageBatch (<= 10 entries, <= 256 KiB). Only the entries SQS
 * reports as failed are retried, with exponential backoff; an entry that SQS rejects as the sender's fault, or
 * that still fails after `maxAttempts`, is logged with its whole event and its promise rejects.
 */
import { SendMessageBatchCommand, type SendMessageBatchCommandOutput, type SQSClient } from '@aws-sdk/client-sqs';
import { backoffDelayMs, sleep as defaultSleep } from '@fsxn-s3ap/shared/ontap';
import { MAX_BATCH_BYTES, MAX_BATCH_ENTRIES, takeBatchCount } from '../domain/batch';
import type { FileEvent } from '../domain/file-event';
import { EnqueueError } from '../errors';
import type { ServerLogger } from './logger';

/** Where the sessions put events. */
export interface EventSink {
  /** Resolves once SQS has accepted the event; rejects with EnqueueError when it never does. */
  enqueue(event: FileEvent): Promise<void>;
  /** Sends everything buffered now and resolves when nothing is buffered, in flight or waiting for a retry. */
  flush(): Promise<void>;
  /** Events accepted but not yet confirmed by SQS. */
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
  /** Attempts per entry, the first included; 6 by default. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called with the events of each accepted batch (metrics, benchmarks). */
  onSent?: (events: readonly FileEvent[]) => void;
}

interface Entry {
  event: FileEvent;
  body: string;
  bytes: number;
  attempts: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Creates the SQS sink. */
export function createSqsBatcher(options: SqsBatcherOptions): EventSink {
  const { client, queueUrl, logger } = options;
  const maxInFlight = options.maxInFlight ?? 16;
  const maxAttempts = options.maxAttempts ?? 6;
  const sleep = options.sleep ?? defaultSleep;
  const delays = {
    baseDelayMs: options.baseDelayMs ?? 100,
    maxDelayMs: options.maxDelayMs ?? 5000,
    ...(options.random ? { random: options.random } : {}),
  };
  const queue: Entry[] = [];
  let inFlight = 0;
  let outstanding = 0;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  const settle = (entry: Entry, error?: Error) => {
    outstanding -= 1;
    if (error) entry.reject(error);
    else entry.resolve();
    if (outstanding === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const retry = (entry: Entry, reason: string) => {
    entry.attempts += 1;
    if (entry.attempts >= maxAttempts) {
      logger.error('Event not enqueued after retries', { reason, attempts: entry.attempts, event: entry.event });
      settle(
        entry,
        new EnqueueError(`event ${entry.event.event_id} not enqueued after ${entry.attempts} attempts: ${reason}`),
      );
      return;
    }
    void sleep(backoffDelayMs(entry.attempts, delays)).then(() => {
      queue.unshift(entry);
      pump(true);
    });
  };

  const handle = (batch: Entry[], output: SendMessageBatchCommandOutput) => {
    const done = new Set<number>();
    for (const ok of output.Successful ?? []) done.add(Number(ok.Id));
    options.onSent?.(batch.filter((_, index) => done.has(index)).map((entry) => entry.event));
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
    try {
      handle(batch, await client.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries })));
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      logger.warn('SendMessageBatch failed; retrying its entries', { reason, entries: batch.length });
      for (const entry of batch) retry(entry, reason);
    } finally {
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

  return {
    get outstanding() {
      return outstanding;
    },
    enqueue(event) {
      const body = JSON.stringify(event);
      const bytes = Buffer.byteLength(body, 'utf8');
      if (bytes > MAX_BATCH_BYTES) {
        return Promise.reject(
          new EnqueueError(`event ${event.event_id} is ${bytes} bytes; SQS accepts ${MAX_BATCH_BYTES}`),
        );
      }
      outstanding += 1;
      return new Promise<void>((resolve, reject) => {
        queue.push({ event, body, bytes, attempts: 0, resolve, reject });
        pump(false);
      });
    },
    flush() {
      pump(true);
      if (outstanding === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
