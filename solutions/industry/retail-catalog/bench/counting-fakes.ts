/** SDK clients answering from memory and counting each call, for measuring the producer's request pattern. */
import { type KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { BatchGetCommand, GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

/** Calls per operation. */
export type Counts = Record<string, number>;

function count(counts: Counts, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

/** An S3 client over sorted `keys` with ETags from `etagOf`, 1,000 keys per ListObjectsV2 page. */
export function fakeS3(keys: readonly string[], etagOf: (key: string) => string, counts: Counts): S3Client {
  const send = async (command: unknown) => {
    if (command instanceof ListObjectsV2Command) {
      count(counts, 'ListObjectsV2');
      const start = Number(command.input.ContinuationToken ?? 0);
      const end = Math.min(keys.length, start + (command.input.MaxKeys ?? 1000));
      const contents = keys
        .slice(start, end)
        .map((Key) => ({ Key, Size: 1000, ETag: `"${etagOf(Key)}"`, LastModified: new Date(0) }));
      return { Contents: contents, IsTruncated: end < keys.length, NextContinuationToken: String(end) };
    }
    if (command instanceof HeadObjectCommand) {
      count(counts, 'HeadObject');
      return { ContentLength: 1000 };
    }
    throw new Error(`unexpected S3 command ${String(command)}`);
  };
  return { send, config: {} } as unknown as S3Client;
}

/** A DynamoDB document client over `items` (file_key -> etag), all completed. */
export function fakeDocuments(items: Map<string, string>, counts: Counts) {
  const sorted = [...items.keys()].sort();
  return {
    send: async (command: unknown): Promise<Record<string, unknown>> => {
      if (command instanceof BatchGetCommand) {
        count(counts, 'BatchGetItem');
        const [table, request] = Object.entries(command.input.RequestItems ?? {})[0] ?? ['', { Keys: [] }];
        const found = (request.Keys ?? []).flatMap((key) => {
          const etag = items.get(String(key.file_key));
          return etag === undefined ? [] : [{ file_key: key.file_key, etag, processing_status: 'completed' }];
        });
        return { Responses: { [table]: found } };
      }
      if (command instanceof ScanCommand) {
        count(counts, 'Scan');
        const start = command.input.ExclusiveStartKey
          ? sorted.indexOf(String(command.input.ExclusiveStartKey.file_key)) + 1
          : 0;
        const page = sorted.slice(start, start + (command.input.Limit ?? 100));
        const last = page[page.length - 1];
        return {
          Items: page.map((key) => ({ file_key: key, etag: items.get(key), processing_status: 'completed' })),
          ...(last ? { LastEvaluatedKey: { file_key: last } } : {}),
        };
      }
      if (command instanceof GetCommand) count(counts, 'GetItem');
      else if (command instanceof UpdateCommand) count(counts, 'UpdateItem');
      else if (command instanceof PutCommand) count(counts, 'PutItem');
      else throw new Error(`unexpected DynamoDB command ${String(command)}`);
      return {};
    },
  };
}

/** A Kinesis client accepting every record. */
export function fakeKinesis(counts: Counts): KinesisClient {
  const send = async (command: unknown) => {
    if (!(command instanceof PutRecordsCommand)) throw new Error(`unexpected Kinesis command ${String(command)}`);
    count(counts, 'PutRecords');
    counts.records = (counts.records ?? 0) + (command.input.Records?.length ?? 0);
    return {
      FailedRecordCount: 0,
      Records: (command.input.Records ?? []).map(() => ({ SequenceNumber: '1', ShardId: 's' })),
    };
  };
  return { send } as unknown as KinesisClient;
}
