/**
 * Bench section: the stream producer's change detection on the local emulators (fauxqs S3, dynalite, kinesalite)
 * instead of counting fakes. 10,000 small objects are seeded and recorded as processed, 1 % are rewritten, then one
 * producer tick runs, then a second one with nothing changed. Requests are counted by an SDK middleware on the clients.
 */
import { FsxnError } from '@fsxn-s3ap/shared/errors';
import { toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { type StandaloneEmulators, startStandaloneEmulators } from '@fsxn-s3ap/tools/local';
import { type BenchResources, createResources, putCompletedStates, putObjects } from './emulator-fixture';
import { benchProducer, measureTick, RECONCILE_LIMIT, recordsOnStream, type TickMeasure } from './emulator-producer';
import { countRequests, totalOf } from './request-counter';

const OBJECTS = 10_000;
const CHANGED = OBJECTS / 100;
const NAMES: BenchResources = {
  bucket: 'uc11-bench-ext-s3alias',
  tableName: 'uc11-bench-streaming-state',
  streamName: 'uc11-bench-stream',
};
/** Operations the table shows on their own rows; anything else lands in "other". */
const SHOWN = ['ListObjectsV2', 'BatchGetItem', 'Scan', 'GetItem', 'PutItem', 'HeadObject', 'UpdateItem', 'PutRecords'];

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

function table(first: TickMeasure, second: TickMeasure): string[] {
  const row = (what: string, count: (tick: TickMeasure) => number | string, min1: number | string, min2 = min1) =>
    `| ${what} | ${count(first)} | ${min1} | ${count(second)} | ${min2} |`;
  const of = (name: string) => (tick: TickMeasure) => tick.commands[name] ?? 0;
  const other = (tick: TickMeasure) =>
    Object.entries(tick.commands)
      .filter(([name]) => !SHOWN.includes(name))
      .map(([name, value]) => `${name} ${value}`)
      .join(', ') || 0;
  return [
    '| requests | tick 1 (1 % changed) | minimum | tick 2 (no change) | minimum |',
    '| --- | --- | --- | --- | --- |',
    row('S3 ListObjectsV2', of('ListObjectsV2'), Math.ceil(OBJECTS / 1000)),
    row('DynamoDB BatchGetItem (change detection)', of('BatchGetItem'), Math.ceil(OBJECTS / 100)),
    row('DynamoDB Scan + GetItem (deletion step: page + cursor)', (t) => of('Scan')(t) + of('GetItem')(t), 2),
    row('DynamoDB PutItem (cursor)', of('PutItem'), 1),
    row('S3 HeadObject (deletion checks)', of('HeadObject'), 0),
    row('DynamoDB UpdateItem (pending versions)', of('UpdateItem'), CHANGED, 0),
    row('Kinesis PutRecords', of('PutRecords'), Math.ceil(CHANGED / 500), 0),
    row('other operations', other, 0),
    row('SDK retries (HTTP attempts - commands)', (t) => totalOf(t.attempts) - totalOf(t.commands), 0),
    row('wall time of the tick', (t) => ms(t.wallMs), '-'),
  ];
}

async function measure(emulators: StandaloneEmulators): Promise<string> {
  const { s3, dynamodb, kinesis } = emulators.clients;
  if (!s3 || !dynamodb || !kinesis) throw new FsxnError('the S3, DynamoDB and Kinesis emulators did not all start');
  const clients = { s3, dynamodb, kinesis };
  const counter = countRequests([s3, dynamodb, kinesis]);
  const producer = benchProducer(clients, NAMES);
  await createResources(clients, NAMES);
  const keys = Array.from({ length: OBJECTS }, (_, i) => `products/${String(i).padStart(6, '0')}.jpg`);
  const changed = keys.filter((_, i) => i % 100 === 0);
  const putMs = await timed(() => putObjects(s3, NAMES.bucket, keys, (key) => `image ${key} v1`));
  const stateMs = await timed(async () => {
    const listed = (await producer.input.listAll({ suffixes: ['.jpg'] })).map(toImageObject);
    await putCompletedStates(producer.documents, NAMES.tableName, listed, new Date());
  });
  const changeMs = await timed(() => putObjects(s3, NAMES.bucket, changed, (key) => `image ${key} v2`));
  const first = await measureTick(producer, counter);
  const second = await measureTick(producer, counter);
  const onStream = await recordsOnStream(kinesis, NAMES.streamName);
  const found = (tick: TickMeasure) =>
    `${tick.summary.modified} modified + ${tick.summary.created} created + ${tick.summary.deleted} deleted of ` +
    `${tick.summary.listed.toLocaleString('en-US')} listed, ${tick.summary.published} events put`;
  return [
    `Emulators ready in ${ms(emulators.readyMs)} (127.0.0.1, in-process worker thread; one client per service).`,
    `Seeding, outside the ticks: ${OBJECTS.toLocaleString('en-US')} PutObject in ${ms(putMs)} (32 in flight); ` +
      `listing + ${Math.ceil(OBJECTS / 25)} BatchWriteItem of completed states in ${ms(stateMs)}; ` +
      `${CHANGED} objects rewritten in ${ms(changeMs)}.`,
    `Tick 1: ${found(first)}. Tick 2: ${found(second)}. Records on the stream afterwards: ${onStream} (expected ${CHANGED}).`,
    '',
    ...table(first, second),
    '',
    `Producer code path: produceChanges with the access point client, the DynamoDB state store (BatchGetItem, ` +
      `conditional UpdateItem) and the Kinesis publisher (PutRecords), reconciliation limit ${RECONCILE_LIMIT}. ` +
      'Wall times are emulator latencies on this machine, not AWS service latencies.',
  ].join('\n');
}

/** The section `make bench` prints: real producer code on the local emulators, emulators stopped even on failure. */
export const emulatorChangeDetectionSection = {
  title: 'UC11 stream producer on the local emulators (10,000 objects, 1 % changed, then none)',
  async run(): Promise<string> {
    const emulators = await startStandaloneEmulators(['s3', 'dynamodb', 'kinesis']);
    try {
      return await measure(emulators);
    } finally {
      await emulators.stop();
    }
  },
};
