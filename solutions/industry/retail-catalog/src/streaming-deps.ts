/** The production dependencies of the stream producer and consumer. */
import { requireEnv } from '@fsxn-s3ap/shared/config';
import { createS3Client } from '@fsxn-s3ap/shared/s3';
import { createKinesisSender } from '@fsxn-s3ap/shared/streaming';
import { createDynamoDeadLetterStore } from './adapters/dynamo-dead-letter';
import { createDynamoFileStateStore } from './adapters/dynamo-file-state';
import { createKinesisPublisher } from './adapters/kinesis-publisher';
import { createS3SnapshotStore } from './adapters/s3-snapshot-store';
import { getDocumentClient, getStreamingConfig, once } from './deps';
import type { DeadLetterStore } from './domain/dead-letter';
import type { FileStateStore } from './domain/file-state';
import type { EventPublisher } from './domain/produce-changes';
import type { SnapshotStore } from './domain/snapshot-store';

export const getState = /* @__PURE__ */ once(
  (): FileStateStore =>
    createDynamoFileStateStore({ client: getDocumentClient(), tableName: getStreamingConfig().stateTableName }),
);

export const getDeadLetters = /* @__PURE__ */ once((): DeadLetterStore => {
  const { deadLetterTableName, deadLetterTtlDays } = getStreamingConfig();
  return createDynamoDeadLetterStore({
    client: getDocumentClient(),
    tableName: deadLetterTableName,
    ttlDays: deadLetterTtlDays,
  });
});

export const getPublisher = /* @__PURE__ */ once((): EventPublisher => {
  const { streamArn, hashBuckets } = getStreamingConfig();
  return createKinesisPublisher({ send: createKinesisSender({ stream: streamArn }), hashBuckets });
});

/** Where the producer keeps its listing snapshot: this prefix of the output bucket (see the template's IAM). */
export const SNAPSHOT_PREFIX = 'snapshots/stream-producer/';

export const getSnapshot = /* @__PURE__ */ once(
  (): SnapshotStore => createS3SnapshotStore({ client: createS3Client(), bucket: requireEnv('OUTPUT_BUCKET') }),
);
