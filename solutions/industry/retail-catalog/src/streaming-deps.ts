/** The production dependencies of the stream producer and consumer. */
import { createKinesisSender } from '@fsxn-s3ap/shared/streaming';
import { createDynamoDeadLetterStore } from './adapters/dynamo-dead-letter';
import { createDynamoFileStateStore } from './adapters/dynamo-file-state';
import { createKinesisPublisher } from './adapters/kinesis-publisher';
import { getDocumentClient, getStreamingConfig, once } from './deps';
import type { DeadLetterStore } from './domain/dead-letter';
import type { FileStateStore } from './domain/file-state';
import type { EventPublisher } from './domain/produce-changes';

export const getState = once(
  (): FileStateStore =>
    createDynamoFileStateStore({ client: getDocumentClient(), tableName: getStreamingConfig().stateTableName }),
);

export const getDeadLetters = once((): DeadLetterStore => {
  const { deadLetterTableName, deadLetterTtlDays } = getStreamingConfig();
  return createDynamoDeadLetterStore({
    client: getDocumentClient(),
    tableName: deadLetterTableName,
    ttlDays: deadLetterTtlDays,
  });
});

export const getPublisher = once((): EventPublisher => {
  const { streamArn, hashBuckets } = getStreamingConfig();
  return createKinesisPublisher({ send: createKinesisSender({ stream: streamArn }), hashBuckets });
});
