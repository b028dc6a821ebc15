/**
 * SQS records -> bus entries. Every record that is not a valid file event, or whose entry the bus refused, is
 * reported by message id so SQS redelivers only those (and dead-letters them after maxReceiveCount).
 */
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { type FileEvent, parseFileEvent } from './file-event';

/** `source` and `detail-type` of every event on the bus. */
export const EVENT_SOURCE = 'fsxn.fpolicy';
export const DETAIL_TYPE = 'FPolicy File Operation';
/** PutEvents takes at most 10 entries of at most 256 KiB in total per call. */
export const MAX_PUT_ENTRIES = 10;

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

/** Parses, publishes in chunks of ten, and maps every failure back to its SQS message id. */
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
  for (let start = 0; start < valid.length; start += MAX_PUT_ENTRIES) {
    const chunk = valid.slice(start, start + MAX_PUT_ENTRIES);
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
