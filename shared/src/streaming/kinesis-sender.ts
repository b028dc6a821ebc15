/** The Kinesis adapter of {@link RecordSender}: one PutRecords call per batch. */
import { KinesisClient, type KinesisClientConfig, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { ValidationError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import type { RecordResult, RecordSender } from './put-records';
import type { StreamRecord } from './record-batches';

/** Where to put the records: a stream by name or ARN, and the client to use. */
export interface KinesisSenderOptions {
  /** The stream's ARN or its name; requests name the stream (local emulators do not accept StreamARN). */
  stream: string;
  client?: KinesisClient;
  clientConfig?: KinesisClientConfig;
}

/**
 * A {@link RecordSender} putting each batch with one PutRecords request and mapping the answer to one result per
 * record, in request order.
 *
 * @example
 * ```ts
 * const send = createKinesisSender({ stream: process.env.STREAM_ARN ?? '' });
 * await putRecordsWithRetry(records, send);
 * ```
 */
export function createKinesisSender(options: KinesisSenderOptions): RecordSender {
  if (options.stream.trim() === '') throw new ValidationError('A Kinesis stream name or ARN is required');
  const client = options.client ?? createAwsClient(KinesisClient, options.clientConfig ?? {});
  const streamName = streamNameOf(options.stream);
  return async (batch: readonly StreamRecord[]): Promise<RecordResult[]> => {
    const response = await client.send(
      new PutRecordsCommand({
        StreamName: streamName,
        Records: batch.map((record) => ({ PartitionKey: record.partitionKey, Data: record.data })),
      }),
    );
    return (response.Records ?? []).map((entry): RecordResult => {
      if (entry.ErrorCode === undefined) return { ok: true };
      return { ok: false, errorCode: entry.ErrorCode, errorMessage: entry.ErrorMessage };
    });
  };
}

/** The stream name of a stream ARN (`arn:aws:kinesis:<region>:<account>:stream/<name>`) or of a plain name. */
export function streamNameOf(stream: string): string {
  if (!stream.startsWith('arn:')) return stream;
  const name = stream.split(':stream/')[1] ?? '';
  if (name === '') throw new ValidationError(`${stream} is not a Kinesis stream ARN`);
  return name;
}
