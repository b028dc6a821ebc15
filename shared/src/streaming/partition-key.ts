/** Partition keys that keep one folder's records in order, optionally spread over buckets against a hot shard. */
import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import { MAX_PARTITION_KEY_LENGTH } from './record-batches';

/** Most hash buckets {@link partitionKeyFor} spreads one folder over. */
export const MAX_HASH_BUCKETS = 1024;

/** The partition key of files at the root of the access point (keys without a `/`). */
export const ROOT_PARTITION = '_root';

/**
 * The partition key of an object key: its first path segment (`products/shoes/a.jpg` -> `products`), so one folder's
 * changes land on one shard in order. With `hashBuckets` > 0, a `#<n>` suffix derived from a SHA-256 of the whole key
 * spreads one busy folder over up to that many keys (and shards); one object always gets the same key, so its own
 * events stay in order.
 *
 * @example partitionKeyFor('products/shoes/a.jpg', 8) // 'products#5'
 */
export function partitionKeyFor(key: string, hashBuckets = 0): string {
  if (key === '') throw new ValidationError('Cannot derive a partition key from an empty object key');
  if (!Number.isSafeInteger(hashBuckets) || hashBuckets < 0 || hashBuckets > MAX_HASH_BUCKETS) {
    throw new ValidationError(`hashBuckets must be an integer from 0 to ${MAX_HASH_BUCKETS}, got ${hashBuckets}`);
  }
  const slash = key.indexOf('/');
  const segment = slash <= 0 ? ROOT_PARTITION : key.slice(0, slash);
  // Leave room for the `#<bucket>` suffix within Kinesis' 256-character limit.
  const folder = [...segment].slice(0, MAX_PARTITION_KEY_LENGTH - 6).join('');
  if (hashBuckets === 0) return folder;
  const bucket = createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % hashBuckets;
  return `${folder}#${bucket}`;
}
