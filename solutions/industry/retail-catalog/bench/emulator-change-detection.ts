/**
 * Bench section: the stream producer's change detection on the local emulators (fauxqs S3, dynalite, kinesalite) at
 * N = 1,000, 10,000 and 100,000 objects. Each size starts from N objects and the snapshot of their listing; one tick
 * runs after 1 % of the objects were rewritten, 0.1 % deleted and 0.1 % created, then a second one with no change.
 * Requests are counted by an SDK middleware on the clients, DynamoDB capacity as the emulator reports it.
 */
import { FsxnError } from '@fsxn-s3ap/shared/errors';
import { type StandaloneEmulators, startStandaloneEmulators } from '@fsxn-s3ap/tools/local';
import { type CapacityCounter, countCapacity } from './capacity-counter';
import { type BenchResources, createResources } from './emulator-fixture';
import { benchProducer, measureTick, type TickMeasure } from './emulator-producer';
import { applyChanges, seedListing } from './emulator-seed';
import { countRequests, type RequestCounter, totalOf } from './request-counter';

/** The sizes measured, each in its own bucket, table and stream. */
export const SIZES = [1_000, 10_000, 100_000];
/** The producer's memory must stay below this at the largest size (the function has 1024 MB; goal 256 MB). */
export const MEMORY_GOAL_BYTES = 256 * 1024 * 1024;
/** Entries per snapshot shard (the snapshot writer's default). */
const SHARD_ENTRIES = 20_000;

/**
 * Requests a tick may spend on the snapshot: 3 while it is one object (read, write, one spare); once sharded, the
 * manifest read and write plus, per shard, a read, a write and the delete of the shard it replaces.
 */
export function snapshotBudget(count: number): number {
  const shards = Math.ceil(count / SHARD_ENTRIES);
  return shards <= 1 ? 3 : 2 + 3 * shards;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const n = (value: number) => value.toLocaleString('en-US');

interface SizeResult {
  count: number;
  changed: TickMeasure & { capacity: { read: number; write: number } };
  quiet: TickMeasure & { capacity: { read: number; write: number } };
  expected: { modified: number; deleted: number; created: number };
}

function requests(tick: TickMeasure): string {
  return Object.entries(tick.commands)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}

type Clients = Required<Pick<StandaloneEmulators['clients'], 's3' | 'dynamodb' | 'kinesis'>>;
type Counters = { counter: RequestCounter; capacity: CapacityCounter };

async function measureSize(clients: Clients, counters: Counters, count: number): Promise<SizeResult> {
  const { s3 } = clients;
  const { counter, capacity } = counters;
  const names: BenchResources = {
    bucket: `uc11-bench-${count}-ext-s3alias`,
    snapshotBucket: `uc11-bench-${count}-output`,
    tableName: `uc11-bench-${count}-state`,
    streamName: `uc11-bench-${count}-stream`,
  };
  await createResources(clients, names);
  const producer = benchProducer(clients, names);
  await seedListing(s3, names.bucket, producer, count);
  const mix = await applyChanges(s3, names.bucket, count);
  const tick = async () => {
    capacity.reset();
    const measured = await measureTick(producer, counter);
    return { ...measured, capacity: { read: capacity.read, write: capacity.write } };
  };
  const changed = await tick();
  const quiet = await tick();
  const expected = { modified: mix.modified.length, deleted: mix.deleted.length, created: mix.created.length };
  return { count, changed, quiet, expected };
}

/** What the tick itself held at its peak: the sampled peak above the bench process's post-GC baseline. */
const producerBytes = (tick: TickMeasure) => tick.peakBytes - tick.baselineBytes;

function rows(result: SizeResult): string[] {
  const floor = Math.ceil(result.count / 1000);
  const { changed, quiet, expected } = result;
  const changes = expected.modified + expected.deleted + expected.created;
  const found = changed.summary;
  const allFound =
    found.modified === expected.modified && found.deleted === expected.deleted && found.created === expected.created;
  const snapshot = snapshotBudget(result.count);
  const budget = floor + snapshot + changes + Math.ceil(changes / 500);
  return [
    `| ${n(result.count)} | changes | ${floor} | ${totalOf(changed.commands)} (budget ${budget}) | ${requests(changed)} | ` +
      `${changed.capacity.read} / ${changed.capacity.write} | ${found.created}/${found.modified}/${found.deleted} of ` +
      `${expected.created}/${expected.modified}/${expected.deleted}: ${allFound ? '1 tick' : 'NOT all found'} | ` +
      `${ms(changed.wallMs)} | ${mb(producerBytes(changed))} | ${mb(changed.baselineBytes)} |`,
    `| ${n(result.count)} | no change | ${floor} | ${totalOf(quiet.commands)} (budget ${floor + snapshot}) | ` +
      `${requests(quiet)} | ${quiet.capacity.read} / ${quiet.capacity.write} | - | ${ms(quiet.wallMs)} | ` +
      `${mb(producerBytes(quiet))} | ${mb(quiet.baselineBytes)} |`,
  ];
}

/** The section `make bench` prints: real producer code on the local emulators, emulators stopped even on failure. */
export const emulatorChangeDetectionSection = {
  title: 'UC11 stream producer on the local emulators (N = 1,000 / 10,000 / 100,000; 1 % / 0.1 % / 0.1 % changed)',
  async run(): Promise<string> {
    const emulators = await startStandaloneEmulators(['s3', 'dynamodb', 'kinesis']);
    try {
      const { s3, dynamodb, kinesis } = emulators.clients;
      if (!s3 || !dynamodb || !kinesis) throw new FsxnError('the S3, DynamoDB and Kinesis emulators did not all start');
      const counters = { counter: countRequests([s3, dynamodb, kinesis]), capacity: countCapacity(dynamodb) };
      const results: SizeResult[] = [];
      for (const count of SIZES) results.push(await measureSize({ s3, dynamodb, kinesis }, counters, count));
      const largest = results.at(-1) as SizeResult;
      const peak = Math.max(producerBytes(largest.changed), producerBytes(largest.quiet));
      return [
        '| N | tick | floor (ListObjectsV2) | requests | by API | DynamoDB RCU / WCU | created/modified/deleted found | wall time | producer memory | bench process before |',
        '| ---: | --- | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: |',
        ...results.flatMap(rows),
        '',
        `Budget: ceil(N/1000) ListObjectsV2 + the snapshot's requests (3 while it is one object, up to ${SHARD_ENTRIES.toLocaleString('en-US')} ` +
          'keys; then the manifest read and write and, per shard, a read, a write and a delete) + one conditional write ' +
          `per change + ceil(changes/500) PutRecords. Producer memory at ${n(largest.count)}: ${mb(peak)} ` +
          `(${peak < MEMORY_GOAL_BYTES ? 'under' : 'OVER'} the ${mb(MEMORY_GOAL_BYTES)} goal): the peak of main-thread ` +
          'heap + external buffers, sampled every 5 ms during the tick, above what the bench process held just before it ' +
          'after a full garbage collection ("bench process before": the clients, earlier sections, the seeded data); ' +
          'the emulators run in a worker thread, outside both figures. ' +
          'Each size starts from the snapshot of its seeded listing; a deletion is found in the tick after it happens. ' +
          'Wall times are emulator latencies on this machine, not AWS service latencies.',
      ].join('\n');
    } finally {
      await emulators.stop();
    }
  },
};
