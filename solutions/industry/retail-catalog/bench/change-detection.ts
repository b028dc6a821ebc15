/**
 * Bench section: one producer tick over 10,000 objects with 1 % changed, through the real adapters (access point
 * client, DynamoDB state store, Kinesis publisher) on counting in-memory SDK clients. Reports the request counts next
 * to their minimum and the wall time.
 */
import { createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { createKinesisSender } from '@fsxn-s3ap/shared/streaming';
import { createDynamoFileStateStore } from '../src/adapters/dynamo-file-state';
import { createKinesisPublisher } from '../src/adapters/kinesis-publisher';
import { produceChanges } from '../src/domain/produce-changes';
import { type Counts, fakeDocuments, fakeKinesis, fakeS3 } from './counting-fakes';

const OBJECTS = 10_000;
const CHANGED = OBJECTS / 100;

/** The section `make bench` prints. */
export const changeDetectionSection = {
  title: 'UC11 stream producer: change detection requests (10,000 objects, 1 % changed)',
  async run(): Promise<string> {
    const keys = Array.from({ length: OBJECTS }, (_, i) => `products/${String(i).padStart(6, '0')}.jpg`);
    const stored = new Map(keys.map((key) => [key, `etag-${key}`]));
    const changed = new Set(keys.filter((_, i) => i % 100 === 0));
    const counts: Counts = {};
    const input = createAccessPointClient({
      target: 'bench-ext-s3alias',
      client: fakeS3(keys, (key) => (changed.has(key) ? `new-${key}` : `etag-${key}`), counts),
    });
    const state = createDynamoFileStateStore({ client: fakeDocuments(stored, counts), tableName: 'state' });
    const publisher = createKinesisPublisher({
      send: createKinesisSender({ stream: 'bench', client: fakeKinesis(counts) }),
      hashBuckets: 0,
    });
    const started = performance.now();
    const summary = await produceChanges(
      { input, state, publisher, now: new Date() },
      { prefix: '', suffixes: ['.jpg'], reconcileLimit: 100 },
    );
    const wallMs = performance.now() - started;
    const row = (what: string, actual: number, minimum: number | string) => `| ${what} | ${actual} | ${minimum} |`;
    return [
      `Detected ${summary.modified} modified of ${summary.listed} listed objects; ${summary.published} events put.`,
      '',
      '| requests | this run | minimum |',
      '| --- | --- | --- |',
      row('S3 ListObjectsV2', counts.ListObjectsV2 ?? 0, Math.ceil(OBJECTS / 1000)),
      row('DynamoDB BatchGetItem (change detection)', counts.BatchGetItem ?? 0, Math.ceil(OBJECTS / 100)),
      row(
        'DynamoDB reads for deletions (Scan page + cursor)',
        (counts.Scan ?? 0) + (counts.GetItem ?? 0),
        '2 (bounded, not a full scan)',
      ),
      row('S3 HeadObject (deletion checks)', counts.HeadObject ?? 0, 0),
      row('DynamoDB UpdateItem (pending versions)', counts.UpdateItem ?? 0, CHANGED),
      row('Kinesis PutRecords', counts.PutRecords ?? 0, Math.ceil(CHANGED / 500)),
      '',
      `Wall time: ${wallMs.toFixed(1)} ms (in-memory clients: request pattern, not service latency).`,
    ].join('\n');
  },
};
