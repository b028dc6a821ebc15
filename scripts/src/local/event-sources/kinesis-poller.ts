import {
  type _Record,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
} from '@aws-sdk/client-kinesis';
import { LOCAL_REGION } from '../parameters';
import type { KinesisMapping } from './kinesis-mappings';

/** What happened to the records of one mapping. */
export interface PollerStats {
  records: number;
  invocations: number;
  retries: number;
  bisections: number;
  dropped: number;
}

/** How the poller reaches the function; rejects when the function fails. */
export type InvokeFunction = (functionName: string, event: unknown) => Promise<unknown>;

function lambdaRecord(mapping: KinesisMapping, shardId: string, record: _Record) {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: record.PartitionKey,
      sequenceNumber: record.SequenceNumber,
      data: Buffer.from(record.Data ?? new Uint8Array()).toString('base64'),
      approximateArrivalTimestamp: (record.ApproximateArrivalTimestamp?.getTime() ?? Date.now()) / 1000,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${shardId}:${record.SequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::000000000000:role/local',
    awsRegion: LOCAL_REGION,
    eventSourceARN: mapping.streamArn,
  };
}

function firstFailure(result: unknown): string | undefined {
  const failures = (result as { batchItemFailures?: { itemIdentifier?: string }[] } | null)?.batchItemFailures;
  return Array.isArray(failures) && failures.length > 0 ? String(failures[0]?.itemIdentifier ?? '') : undefined;
}

/**
 * Polls one Kinesis mapping from the start of every shard and delivers batches of at most BatchSize records, in
 * order, honouring BisectBatchOnFunctionError, MaximumRetryAttempts and ReportBatchItemFailures (the batch is
 * retried from the first failed record). A batch that exhausts its retries is dropped and counted.
 */
export class KinesisPoller {
  readonly stats: PollerStats & Record<string, number> = {
    records: 0,
    invocations: 0,
    retries: 0,
    bisections: 0,
    dropped: 0,
  };
  private iterators = new Map<string, string>();

  constructor(
    readonly mapping: KinesisMapping,
    private readonly kinesis: KinesisClient,
    private readonly invoke: InvokeFunction,
  ) {}

  /** The mapping's name (`<Function>.<Event>` or the mapping's logical id). */
  get name(): string {
    return this.mapping.name;
  }

  /** Reads every record available now and delivers it; returns how many records were read. */
  async drain(): Promise<number> {
    if (this.iterators.size === 0) await this.openShards();
    let read = 0;
    for (const [shardId, iterator] of this.iterators) {
      let next: string | undefined = iterator;
      for (;;) {
        const page: GetRecordsCommandOutput = await this.kinesis.send(
          new GetRecordsCommand({ ShardIterator: next, Limit: this.mapping.batchSize }),
        );
        next = page.NextShardIterator;
        const records = page.Records ?? [];
        if (records.length === 0) break;
        read += records.length;
        this.stats.records += records.length;
        await this.deliver(shardId, records, 0);
      }
      if (next) this.iterators.set(shardId, next);
    }
    return read;
  }

  private async openShards(): Promise<void> {
    const shards = await this.kinesis.send(new ListShardsCommand({ StreamName: this.mapping.streamName }));
    for (const shard of shards.Shards ?? []) {
      if (!shard.ShardId) continue;
      const iterator = await this.kinesis.send(
        new GetShardIteratorCommand({
          StreamName: this.mapping.streamName,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      if (iterator.ShardIterator) this.iterators.set(shard.ShardId, iterator.ShardIterator);
    }
  }

  private async deliver(shardId: string, records: _Record[], attempt: number): Promise<void> {
    this.stats.invocations += 1;
    const event = { Records: records.map((record) => lambdaRecord(this.mapping, shardId, record)) };
    let failedFrom = -1;
    let threw = false;
    try {
      const result = await this.invoke(this.mapping.functionName, event);
      const failed = this.mapping.reportItemFailures ? firstFailure(result) : undefined;
      if (failed !== undefined) {
        const index = records.findIndex((record) => record.SequenceNumber === failed);
        failedFrom = Math.max(0, index);
      }
    } catch {
      threw = true;
      failedFrom = 0;
    }
    if (failedFrom < 0) return;
    const remaining = records.slice(failedFrom);
    if (threw && this.mapping.bisectOnError && remaining.length > 1) {
      this.stats.bisections += 1;
      const half = Math.ceil(remaining.length / 2);
      await this.deliver(shardId, remaining.slice(0, half), attempt);
      await this.deliver(shardId, remaining.slice(half), attempt);
      return;
    }
    if (attempt < this.mapping.maxRetries) {
      this.stats.retries += 1;
      await this.deliver(shardId, remaining, attempt + 1);
      return;
    }
    this.stats.dropped += remaining.length;
  }
}
