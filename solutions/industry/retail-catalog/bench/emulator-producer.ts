/**
 * The stream producer wired as in production (access point client, DynamoDB state store, Kinesis publisher) on SDK
 * clients of the local emulators, and one measured tick of it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetRecordsCommand, GetShardIteratorCommand, type KinesisClient } from '@aws-sdk/client-kinesis';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { createKinesisSender } from '@fsxn-s3ap/shared/streaming';
import { createDynamoFileStateStore } from '../src/adapters/dynamo-file-state';
import { createKinesisPublisher } from '../src/adapters/kinesis-publisher';
import { createS3SnapshotStore } from '../src/adapters/s3-snapshot-store';
import {
  produceFromSnapshot,
  type SnapshotProducerPorts,
  type SnapshotSummary,
} from '../src/domain/produce-from-snapshot';
import type { BenchResources } from './emulator-fixture';
import type { OperationCounts, RequestCounter } from './request-counter';

/** The producer's adapters over the emulator clients, built the way the function's dependencies build them. */
export interface BenchProducer {
  input: AccessPointClient;
  documents: DynamoDBDocumentClient;
  ports: Omit<SnapshotProducerPorts, 'now'>;
}

/** What one measured tick did: the producer's summary, the requests it sent, and its wall time. */
export interface TickMeasure {
  summary: SnapshotSummary;
  commands: OperationCounts;
  attempts: OperationCounts;
  wallMs: number;
  /** Peak of the main thread's heap + external memory during the tick, in bytes (the emulators run elsewhere). */
  peakBytes: number;
  /** Heap + external in use just before the tick, after a full GC: what the bench process holds besides the tick. */
  baselineBytes: number;
}

/** Where the bench keeps the snapshot (the function's SNAPSHOT_PREFIX). */
export const BENCH_SNAPSHOT_PREFIX = 'snapshots/stream-producer/';

/** The reconciliation page size (the template's ReconcileScanLimit default). */
export const RECONCILE_LIMIT = 100;

/** Wires the producer's adapters to the emulator clients (partition keys by folder, as PartitionKeyHashBuckets 0). */
export function benchProducer(
  clients: { s3: S3Client; dynamodb: DynamoDBClient; kinesis: KinesisClient },
  names: BenchResources,
): BenchProducer {
  const input = createAccessPointClient({ target: names.bucket, client: clients.s3 });
  const documents = DynamoDBDocumentClient.from(clients.dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const state = createDynamoFileStateStore({ client: documents, tableName: names.tableName });
  const publisher = createKinesisPublisher({
    send: createKinesisSender({ stream: names.streamName, client: clients.kinesis }),
    hashBuckets: 0,
  });
  const snapshot = createS3SnapshotStore({ client: clients.s3, bucket: names.snapshotBucket });
  return { input, documents, ports: { input, state, publisher, snapshot } };
}

/** A full garbage collection: `gc` when node runs with --expose-gc, else the same function exposed through V8. */
function collectGarbage(): void {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    return;
  }
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const used = () => {
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};

/** Runs one producer tick over every `.jpg` of the bucket; counts its requests and samples its memory. */
export async function measureTick(producer: BenchProducer, counter: RequestCounter): Promise<TickMeasure> {
  collectGarbage();
  counter.reset();
  const baselineBytes = used();
  let peakBytes = baselineBytes;
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, used());
  }, 5);
  const started = performance.now();
  try {
    const summary = await produceFromSnapshot(
      { ...producer.ports, now: new Date() },
      { prefix: '', suffixes: ['.jpg'], reconcileLimit: RECONCILE_LIMIT, snapshotPrefix: BENCH_SNAPSHOT_PREFIX },
    );
    const wallMs = performance.now() - started;
    peakBytes = Math.max(peakBytes, used());
    return {
      summary,
      commands: { ...counter.commands },
      attempts: { ...counter.attempts },
      wallMs,
      peakBytes,
      baselineBytes,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The records on the stream's only shard, read from the start (to check what the ticks put). */
export async function recordsOnStream(kinesis: KinesisClient, streamName: string): Promise<number> {
  const iterator = await kinesis.send(
    new GetShardIteratorCommand({
      StreamName: streamName,
      ShardId: 'shardId-000000000000',
      ShardIteratorType: 'TRIM_HORIZON',
    }),
  );
  let next = iterator.ShardIterator;
  let total = 0;
  while (next !== undefined) {
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: next, Limit: 10_000 }));
    const count = page.Records?.length ?? 0;
    total += count;
    next = count === 0 || page.MillisBehindLatest === 0 ? undefined : page.NextShardIterator;
  }
  return total;
}
