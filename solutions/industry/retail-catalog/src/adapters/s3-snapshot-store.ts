/** The S3 adapter of {@link SnapshotStore}: the producer's listing snapshot under a prefix of the output bucket. */
import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ObjectNotFoundError, ObjectTooLargeError } from '@fsxn-s3ap/shared/errors';
import { createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { SnapshotStore } from '../domain/snapshot-store';
import { SnapshotCorruptError } from '../errors';

/** Largest snapshot object read: a shard of 20,000 entries is well under 1 MiB compressed. */
export const MAX_SNAPSHOT_OBJECT_BYTES = 64 * 1024 * 1024;

/** A {@link SnapshotStore} on `bucket` through `client`; a missing object reads as undefined. */
export function createS3SnapshotStore(options: { client: S3Client; bucket: string }): SnapshotStore {
  const objects = createAccessPointClient({ target: options.bucket, client: options.client });
  return {
    async read(key) {
      try {
        return await objects.getBytes(key, { maxBytes: MAX_SNAPSHOT_OBJECT_BYTES, allowEmpty: true });
      } catch (error) {
        if (error instanceof ObjectNotFoundError) return undefined;
        if (error instanceof ObjectTooLargeError) throw new SnapshotCorruptError(`${key}: ${error.message}`);
        throw error;
      }
    },
    write: (key, bytes) => objects.putBytes(key, bytes, 'application/gzip'),
    async remove(key) {
      await options.client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key }));
    },
  };
}
