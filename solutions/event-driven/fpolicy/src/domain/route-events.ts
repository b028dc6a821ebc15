/**
 * SQS records -> bus entries. Every record that is not a valid file event, or whose entry the bus refused, is
 * reported by message id so SQS redelivers only those (and dead-letters them after maxReceiveCount).
 */
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { planBatches } from './batch';
import { type FileEvent, parseFileEvent } from './file-event';

/** `source` and `detail-type` of every event on the bus. */
export const EVENT_SOURCE = 'fsxn.fpolicy';
export const DETAIL_TYPE = 'FPolicy File Operation';
/** PutEvents takes at most 10 entries of at most 256 KiB in total per call. */
export const MAX_PUT_ENTRIES = 10;
export const MAX_PUT_BYTES = 256 * 1024;
/** What EventBridge counts for an entry's `Time`. */
const TIME_BYTES = 14;

/**
 * The size EventBridge counts for the entry of `event`: `Time` (14 bytes), and the UTF-8 bytes of `Source`,
 * `DetailType` and `Detail` (the adapter sets no `Resources`).
 */
export function putEntrySize(event: FileEvent): number {
  return (
    TIME_BYTES +
    Buffer.byteLength(EVENT_SOURCE, 'utf8') +
    Buffer.byteLength(DETAIL_TYPE, 'utf8') +
    Buffer.byteLength(JSON.stringify(event), 'utf8')
  );
}

/** The part of an SQS record the bridge reads. */
export interface QueueRecord {
  messageId: string;
  body: string;
}

/** One PutEvents outcome, in request order: an error code when the bus refused the entry. */
export interface PublishOutcome {
  errorCode?: string;
  errorMessage?: string;
}

/** Sends up to {@link MAX_PUT_ENTRIES} events; resolves with one outcome per event, in order. */
export type PublishEvents = (events: readonly FileEvent[]) => Promise<PublishOutcome[]>;

export interface RouteResult {
  batchItemFailures: { itemIdentifier: string }[];
  routed: FileEvent[];
}

export interface RouteLogger {
  warn(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}

/**
 * Parses, publishes in chunks of at most ten entries and 256 KiB, and maps every failure back to its SQS message
 * id. An event too large for PutEvents on its own is reported (it reaches the dead-letter queue) without a call.
 */
export async function routeRecords(
  records: readonly QueueRecord[],
  publish: PublishEvents,
  logger: RouteLogger,
): Promise<RouteResult> {
  const failures: string[] = [];
  const valid: { messageId: string; event: FileEvent }[] = [];
  for (const record of records) {
    try {
      valid.push({ messageId: record.messageId, event: parseFileEvent(JSON.parse(record.body)) });
    } catch (error) {
      logger.error('Message is not a file event; left for the dead-letter queue', {
        messageId: record.messageId,
        reason: errorMessage(error),
      });
      failures.push(record.messageId);
    }
  }
  const routed: FileEvent[] = [];
  const sized = valid.map((item) => ({ ...item, bytes: putEntrySize(item.event) }));
  const fitting = sized.filter((item) => {
    if (item.bytes <= MAX_PUT_BYTES) return true;
    logger.error('Event is larger than PutEvents accepts; left for the dead-letter queue', {
      messageId: item.messageId,
      bytes: item.bytes,
    });
    failures.push(item.messageId);
    return false;
  });
  for (const chunk of planBatches(fitting, (item) => item.bytes, MAX_PUT_ENTRIES, MAX_PUT_BYTES)) {
    let outcomes: PublishOutcome[];
    try {
      outcomes = await publish(chunk.map((item) => item.event));
    } catch (error) {
      logger.warn('PutEvents failed; the whole chunk will be redelivered', {
        reason: errorMessage(error),
        count: chunk.length,
      });
      failures.push(...chunk.map((item) => item.messageId));
      continue;
    }
    chunk.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined || outcome.errorCode !== undefined) {
        logger.warn('Bus refused an event; it will be redelivered', {
          messageId: item.messageId,
          reason: outcome ? `${outcome.errorCode}: ${outcome.errorMessage ?? ''}` : 'no outcome returned',
        });
        failures.push(item.messageId);
      } else routed.push(item.event);
    });
  }
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })), routed };
}
