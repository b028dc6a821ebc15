/** Change tracking in the state table: reading listed keys, recording versions, and the reconciliation scan. */
import { GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { batchGetItems } from '@fsxn-s3ap/shared/streaming';
import { FileStatus, type ScanPage, type StoredFileState } from '../domain/file-state';
import {
  CONTROL_KEY,
  isConditionFailure,
  KEY_ATTRIBUTE,
  STATE_ATTRIBUTES,
  type TableOptions,
  toStoredState,
} from './state-item';

/** Conditional updates sent at once by {@link markPending}. */
const WRITE_CONCURRENCY = 10;

/** The items of exactly `keys`, 100 per BatchGetItem call; `onRequest` counts the calls. */
export async function getMany(
  options: TableOptions & { onRequest?: () => void },
  keys: readonly string[],
): Promise<Map<string, StoredFileState>> {
  const items = await batchGetItems(keys, { ...options, keyName: KEY_ATTRIBUTE, attributes: STATE_ATTRIBUTES });
  return new Map([...items].map(([key, item]) => [key, toStoredState(item)]));
}

async function updateIf(
  options: TableOptions,
  input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>,
) {
  try {
    await options.client.send(new UpdateCommand({ TableName: options.tableName, ...input }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Records each version as pending unless the same version is already recorded (and not deleted or unsent). */
export async function markPending(options: TableOptions, objects: readonly ImageObject[], now: Date) {
  const recorded: ImageObject[] = [];
  for (let start = 0; start < objects.length; start += WRITE_CONCURRENCY) {
    const chunk = objects.slice(start, start + WRITE_CONCURRENCY);
    const results = await Promise.all(
      chunk.map((object) =>
        updateIf(options, {
          Key: { [KEY_ATTRIBUTE]: object.key },
          UpdateExpression:
            'SET etag = :etag, last_modified = :lm, size_bytes = :size, processing_status = :pending, updated_at = :now ' +
            'REMOVE claimed_by, lease_expires_at',
          ConditionExpression:
            'attribute_not_exists(etag) OR etag <> :etag OR processing_status IN (:deleted, :emitFailed)',
          ExpressionAttributeValues: {
            ':etag': object.etag,
            ':lm': object.lastModified,
            ':size': object.size,
            ':pending': FileStatus.Pending,
            ':deleted': FileStatus.Deleted,
            ':emitFailed': FileStatus.EmitFailed,
            ':now': now.toISOString(),
          },
        }),
      ),
    );
    chunk.forEach((object, index) => {
      if (results[index] === true) recorded.push(object);
    });
  }
  return recorded;
}

/** Marks pending versions whose events were not put, so the next run emits them again. */
export async function markEmitFailed(options: TableOptions, objects: readonly ImageObject[], now: Date): Promise<void> {
  for (const object of objects) {
    await updateIf(options, {
      Key: { [KEY_ATTRIBUTE]: object.key },
      UpdateExpression: 'SET processing_status = :emitFailed, updated_at = :now',
      ConditionExpression: 'etag = :etag AND processing_status = :pending',
      ExpressionAttributeValues: {
        ':etag': object.etag,
        ':emitFailed': FileStatus.EmitFailed,
        ':pending': FileStatus.Pending,
        ':now': now.toISOString(),
      },
    });
  }
}

/** Marks a file deleted, unless its recorded version changed meanwhile. */
export async function markDeleted(options: TableOptions, key: string, etag: string | undefined, now: Date) {
  await updateIf(options, {
    Key: { [KEY_ATTRIBUTE]: key },
    UpdateExpression: 'SET processing_status = :deleted, updated_at = :now REMOVE claimed_by, lease_expires_at',
    ConditionExpression: etag === undefined ? 'attribute_exists(file_key)' : 'etag = :etag',
    ExpressionAttributeValues: {
      ':deleted': FileStatus.Deleted,
      ':now': now.toISOString(),
      ...(etag === undefined ? {} : { ':etag': etag }),
    },
  });
}

/** One page of at most `limit` items from `cursor`; the control item is left out of the result. */
export async function scanPage(options: TableOptions, cursor: string | undefined, limit: number): Promise<ScanPage> {
  const response = await options.client.send(
    new ScanCommand({
      TableName: options.tableName,
      Limit: limit,
      ...(cursor === undefined ? {} : { ExclusiveStartKey: { [KEY_ATTRIBUTE]: cursor } }),
    }),
  );
  const next = response.LastEvaluatedKey?.[KEY_ATTRIBUTE];
  return {
    items: (response.Items ?? []).filter((item) => item[KEY_ATTRIBUTE] !== CONTROL_KEY).map(toStoredState),
    ...(typeof next === 'string' ? { nextCursor: next } : {}),
  };
}

/** The stored reconciliation cursor; undefined at the start of a pass. */
export async function readCursor(options: TableOptions): Promise<string | undefined> {
  const response = await options.client.send(
    new GetCommand({ TableName: options.tableName, Key: { [KEY_ATTRIBUTE]: CONTROL_KEY } }),
  );
  const cursor = response.Item?.scan_cursor;
  return typeof cursor === 'string' ? cursor : undefined;
}

/** Stores the cursor (undefined: the next run starts a new pass). */
export async function writeCursor(options: TableOptions, cursor: string | undefined, now: Date): Promise<void> {
  await options.client.send(
    new PutCommand({
      TableName: options.tableName,
      Item: {
        [KEY_ATTRIBUTE]: CONTROL_KEY,
        item_type: 'control',
        updated_at: now.toISOString(),
        ...(cursor === undefined ? {} : { scan_cursor: cursor }),
      },
    }),
  );
}
