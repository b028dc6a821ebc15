/** Minimal, checked view of the Lambda SQS event. */
import { FileEventError } from '../errors';
import type { QueueRecord } from './route-events';

/** The records of an SQS event; throws when the event is not one (a wiring mistake). */
export function parseSqsEvent(event: unknown): QueueRecord[] {
  const records = (event as { Records?: unknown } | null)?.Records;
  if (!Array.isArray(records)) throw new FileEventError('event has no Records array: not an SQS event');
  return records.map((record: unknown, index) => {
    const { messageId, body } = (record ?? {}) as { messageId?: unknown; body?: unknown };
    if (typeof messageId !== 'string' || typeof body !== 'string') {
      throw new FileEventError(`Records[${index}] lacks a string messageId or body`);
    }
    return { messageId, body };
  });
}
