/**
 * The starting point of each emulator bench size: N objects in the input bucket and the snapshot of their listing
 * (what the producer's previous tick left), then the change mix of one tick applied to the bucket.
 */
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { scopeOf } from '../src/domain/produce-from-snapshot';
import { SnapshotWriter } from '../src/domain/snapshot-writer';
import { inParallel, putObjects } from './emulator-fixture';
import { BENCH_SNAPSHOT_PREFIX, type BenchProducer } from './emulator-producer';

/** The keys of one change tick: 1 % modified, 0.1 % deleted, 0.1 % created. */
export interface ChangeMix {
  modified: string[];
  deleted: string[];
  created: string[];
}

const keyOf = (i: number) => `products/${String(i).padStart(7, '0')}.jpg`;

/** Puts `count` objects and stores the snapshot of their listing, as the previous tick would have. */
export async function seedListing(s3: S3Client, bucket: string, producer: BenchProducer, count: number) {
  await putObjects(
    s3,
    bucket,
    Array.from({ length: count }, (_, i) => keyOf(i)),
    (key) => `image ${key} v1`,
  );
  const writer = new SnapshotWriter(
    producer.ports.snapshot,
    BENCH_SNAPSHOT_PREFIX,
    scopeOf({ prefix: '', suffixes: ['.jpg'], reconcileLimit: 0 }),
    undefined,
  );
  const none = { created: [], modified: [], deleted: [] };
  for await (const page of producer.input.listPages({ suffixes: ['.jpg'] })) {
    await writer.add(
      page.map(toImageObject).map(({ key, etag }) => ({ key, etag })),
      none,
    );
  }
  await writer.commit();
}

/** Applies the change mix of one tick to the bucket and returns its keys. */
export async function applyChanges(s3: S3Client, bucket: string, count: number): Promise<ChangeMix> {
  const mix: ChangeMix = {
    modified: Array.from({ length: count / 100 }, (_, i) => keyOf(i * 100 + 1)),
    deleted: Array.from({ length: count / 1000 }, (_, i) => keyOf(i * 1000 + 2)),
    created: Array.from(
      { length: count / 1000 },
      (_, i) => `products/${String(i * 1000 + 3).padStart(7, '0')}-new.jpg`,
    ),
  };
  await putObjects(s3, bucket, [...mix.modified, ...mix.created], (key) => `image ${key} v2`);
  await inParallel(mix.deleted, 32, async (key) => {
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  });
  return mix;
}
