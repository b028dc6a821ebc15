/**
 * The stream consumer's batch: each change event claims its version in the state table, runs the same per-image
 * processing as the polling workflow, and completes it. Duplicates and stale (out-of-order) events are skipped; a
 * failing record is dead-lettered and reported for retry until its retry budget is spent (see the README).
 */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import { type ImagePorts, processImage } from '@fsxn-s3ap/shared/image-catalog';
import type { DeliveredRecord } from '@fsxn-s3ap/shared/streaming';
import { type ChangeEvent, ChangeType, objectOf, parseChangeEvent } from './change-event';
import type { DeadLetterEntry, DeadLetterStore } from './dead-letter';
import type { FileStateStore, SkipReason } from './file-state';

/** What the consumer needs; `image.now` is the processing time. */
export interface ConsumerPorts {
  image: ImagePorts;
  state: FileStateStore;
  deadLetters: DeadLetterStore;
  /** The mapping's MaximumRetryAttempts: a record is reported while it has failed at most this many times. */
  maxRetries: number;
  leaseSeconds: number;
}

/** What one batch did; `reportedFailures` are the sequence numbers to return as batch item failures. */
export interface ConsumerSummary {
  processed: number;
  skipped: number;
  skipReasons: Partial<Record<SkipReason | 'deleted-event' | 'object-gone', number>>;
  failed: number;
  invalid: number;
  /** Dead-letter writes that failed: those records are reported, so the mapping retries them or hands them to its OnFailure destination. */
  deadLetterErrors: number;
  bytes: number;
  reportedFailures: string[];
}

function deadLetterOf(record: DeliveredRecord, error: unknown, permanent: boolean, fileKey?: string): DeadLetterEntry {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    recordId: record.eventId,
    record: {
      data: record.rawData,
      partitionKey: record.partitionKey,
      sequenceNumber: record.sequenceNumber,
      eventSourceArn: record.eventSourceArn,
      approximateArrivalTimestamp: record.approximateArrivalTimestamp,
    },
    ...(fileKey === undefined ? {} : { fileKey }),
    errorName: failure.name,
    errorMessage: failure.message,
    ...(failure.stack === undefined ? {} : { stack: failure.stack }),
    permanent,
  };
}

/** Writes the dead letter; a store failure (throttling, an item DynamoDB refuses) yields undefined, never throws. */
async function deadLetter(ports: ConsumerPorts, entry: DeadLetterEntry): Promise<number | undefined> {
  try {
    return await ports.deadLetters.record(entry, ports.image.now);
  } catch {
    return undefined;
  }
}

type Handled = { kind: 'processed'; bytes: number } | { kind: 'skipped'; reason: keyof ConsumerSummary['skipReasons'] };

async function handleEvent(event: ChangeEvent, record: DeliveredRecord, ports: ConsumerPorts): Promise<Handled> {
  if (event.eventType === ChangeType.Deleted) return { kind: 'skipped', reason: 'deleted-event' };
  const object = objectOf(event);
  const owner = `stream:${record.eventId}`;
  const { now } = ports.image;
  const claim = await ports.state.claim(object, owner, now, ports.leaseSeconds);
  if (!claim.claimed) return { kind: 'skipped', reason: claim.reason };
  try {
    await processImage(object, ports.image);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) {
      // Deleted since it was detected: nothing to process, and the next reconciliation step would find it anyway.
      await ports.state.markDeleted(object.key, object.etag, now);
      return { kind: 'skipped', reason: 'object-gone' };
    }
    await ports.state.fail(object, owner, now, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await ports.state.complete(object, owner, now);
  return { kind: 'processed', bytes: object.size };
}

/** Handles every record of one delivered batch, in order. */
export async function consumeRecords(
  records: readonly DeliveredRecord[],
  ports: ConsumerPorts,
): Promise<ConsumerSummary> {
  const summary: ConsumerSummary = {
    processed: 0,
    skipped: 0,
    skipReasons: {},
    failed: 0,
    invalid: 0,
    deadLetterErrors: 0,
    bytes: 0,
    reportedFailures: [],
  };
  for (const record of records) {
    let event: ChangeEvent;
    try {
      event = parseChangeEvent(record.data);
    } catch (error) {
      // Retrying the same bytes cannot succeed: dead-letter once and acknowledge, so the shard moves on.
      summary.invalid += 1;
      if ((await deadLetter(ports, deadLetterOf(record, error, true))) === undefined) {
        // Not kept anywhere yet: report it, so the mapping retries and then sends it to its OnFailure queue.
        summary.deadLetterErrors += 1;
        summary.reportedFailures.push(record.sequenceNumber);
      }
      continue;
    }
    try {
      const handled = await handleEvent(event, record, ports);
      if (handled.kind === 'processed') {
        summary.processed += 1;
        summary.bytes += handled.bytes;
      } else {
        summary.skipped += 1;
        summary.skipReasons[handled.reason] = (summary.skipReasons[handled.reason] ?? 0) + 1;
      }
    } catch (error) {
      summary.failed += 1;
      const attempts = await deadLetter(ports, deadLetterOf(record, error, false, event.key));
      // Reported while the mapping would still retry it; on the last attempt it is acknowledged instead, so the
      // mapping never exhausts its retries and drops the records behind it. A record whose dead letter could not
      // be written is always reported: after the last retry the mapping hands it to its OnFailure queue.
      if (attempts === undefined) summary.deadLetterErrors += 1;
      if (attempts === undefined || attempts <= ports.maxRetries) summary.reportedFailures.push(record.sequenceNumber);
    }
  }
  return summary;
}
