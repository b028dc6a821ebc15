/** The Kinesis adapter of {@link EventPublisher}: partition key per folder, batched PutRecords, rejected ones retried. */
import {
  partitionKeyFor,
  putRecordsWithRetry,
  type RecordSender,
  type StreamRecord,
} from '@fsxn-s3ap/shared/streaming';
import { type ChangeEvent, encodeChangeEvent } from '../domain/change-event';
import type { EventPublisher } from '../domain/produce-changes';

type EventRecord = StreamRecord & { event: ChangeEvent };

/** Publishes change events through `send` (see `createKinesisSender`), spreading folders over `hashBuckets`. */
export function createKinesisPublisher(options: {
  send: RecordSender;
  hashBuckets: number;
  sleep?: (ms: number) => Promise<void>;
}): EventPublisher {
  return {
    async publish(events: readonly ChangeEvent[]): Promise<ChangeEvent[]> {
      const records: EventRecord[] = events.map((event) => ({
        event,
        partitionKey: partitionKeyFor(event.key, options.hashBuckets),
        data: encodeChangeEvent(event),
      }));
      const summary = await putRecordsWithRetry(records, options.send, { sleep: options.sleep });
      return summary.failed.map((failure) => failure.record.event);
    },
  };
}
