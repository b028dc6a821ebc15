/**
 * The local resources of the emulator bench: the input bucket (standing in for the access point), the state table
 * and the change stream, and how they are filled before a producer tick.
 */
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateStreamCommand, DescribeStreamSummaryCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { FsxnError, ThrottlingError } from '@fsxn-s3ap/shared/errors';
import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { FileStatus } from '../src/domain/file-state';

/** Names of the bench's local resources. */
export interface BenchResources {
  bucket: string;
  /** The output bucket holding the producer's snapshot. */
  snapshotBucket: string;
  tableName: string;
  streamName: string;
}

/** Requests in flight at once while seeding. */
const SEED_CONCURRENCY = 32;
/** BatchWriteItem takes at most 25 items. */
const WRITE_BATCH = 25;
const MAX_WRITE_ATTEMPTS = 8;

/** Runs `work` on every item with at most `limit` at once; the first failure rejects once the others settled. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failed = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Creates the bucket, the state table (pk `file_key`, as in the template) and a one-shard stream, then waits for it. */
export async function createResources(
  clients: { s3: S3Client; dynamodb: DynamoDBClient; kinesis: KinesisClient },
  names: BenchResources,
): Promise<void> {
  await clients.s3.send(new CreateBucketCommand({ Bucket: names.bucket }));
  await clients.s3.send(new CreateBucketCommand({ Bucket: names.snapshotBucket }));
  await clients.dynamodb.send(
    new CreateTableCommand({
      TableName: names.tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'file_key', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'file_key', KeyType: 'HASH' }],
    }),
  );
  await clients.kinesis.send(new CreateStreamCommand({ StreamName: names.streamName, ShardCount: 1 }));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const summary = await clients.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: names.streamName }));
    if (summary.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new FsxnError(`stream ${names.streamName} did not become ACTIVE`);
}

/** Puts one small object per key, `SEED_CONCURRENCY` at a time; `bodyOf` decides each object's content (and ETag). */
export async function putObjects(
  s3: S3Client,
  bucket: string,
  keys: readonly string[],
  bodyOf: (key: string) => string,
): Promise<void> {
  await inParallel(keys, SEED_CONCURRENCY, async (key) => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bodyOf(key), ContentType: 'image/jpeg' }));
  });
}

/**
 * Records each object as already processed (`completed`, its current ETag), the way the table looks after the
 * consumer handled every version: BatchWriteItem, 25 items per request, unprocessed items written again.
 */
export async function putCompletedStates(
  documents: DynamoDBDocumentClient,
  tableName: string,
  objects: readonly ImageObject[],
  now: Date,
): Promise<void> {
  const batches: ImageObject[][] = [];
  for (let start = 0; start < objects.length; start += WRITE_BATCH)
    batches.push(objects.slice(start, start + WRITE_BATCH));
  await inParallel(batches, SEED_CONCURRENCY, async (batch) => {
    let requests = batch.map((object) => ({
      PutRequest: {
        Item: {
          file_key: object.key,
          etag: object.etag,
          last_modified: object.lastModified,
          size_bytes: object.size,
          processing_status: FileStatus.Completed,
          updated_at: now.toISOString(),
        },
      },
    }));
    for (let attempt = 1; requests.length > 0; attempt += 1) {
      if (attempt > MAX_WRITE_ATTEMPTS) throw new ThrottlingError(`${requests.length} state items stayed unprocessed`);
      const response = await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (response.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  });
}
