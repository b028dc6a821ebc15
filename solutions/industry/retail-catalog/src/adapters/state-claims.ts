/** Conditional updates that claim, complete and fail one version in the state table. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { type ClaimResult, FileStatus, type StoredFileState } from '../domain/file-state';
import { isConditionFailure, KEY_ATTRIBUTE, type TableOptions, toStoredState } from './state-item';

/**
 * Claimable when: no version is recorded; or the recorded version is older than this one; or it is this version
 * and it is pending, failed, not emitted, or its claim has lapsed. Completed, deleted and held versions are not.
 */
export const CLAIM_CONDITION = [
  'attribute_not_exists(etag)',
  'OR last_modified < :lm',
  'OR (etag = :etag AND (attribute_not_exists(processing_status)',
  'OR processing_status IN (:pending, :failed, :emitFailed)',
  'OR (processing_status = :processing AND lease_expires_at < :now)))',
].join(' ');

async function read(options: TableOptions, key: string): Promise<StoredFileState | undefined> {
  const response = await options.client.send(
    new GetCommand({ TableName: options.tableName, Key: { [KEY_ATTRIBUTE]: key }, ConsistentRead: true }),
  );
  return response.Item === undefined ? undefined : toStoredState(response.Item);
}

/** Claims one version for `owner` (see {@link CLAIM_CONDITION}); on refusal, reads the item to say why. */
export async function claimVersion(
  options: TableOptions,
  object: ImageObject,
  owner: string,
  now: Date,
  leaseSeconds: number,
): Promise<ClaimResult> {
  try {
    await options.client.send(
      new UpdateCommand({
        TableName: options.tableName,
        Key: { [KEY_ATTRIBUTE]: object.key },
        UpdateExpression:
          'SET etag = :etag, last_modified = :lm, size_bytes = :size, processing_status = :processing, ' +
          'claimed_by = :owner, lease_expires_at = :lease, updated_at = :now',
        ConditionExpression: CLAIM_CONDITION,
        ExpressionAttributeValues: {
          ':etag': object.etag,
          ':lm': object.lastModified,
          ':size': object.size,
          ':owner': owner,
          ':lease': new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
          ':now': now.toISOString(),
          ':pending': FileStatus.Pending,
          ':failed': FileStatus.Failed,
          ':emitFailed': FileStatus.EmitFailed,
          ':processing': FileStatus.Processing,
        },
      }),
    );
    return { claimed: true };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const stored = await read(options, object.key);
  if (stored?.status === FileStatus.Deleted) return { claimed: false, reason: 'deleted' };
  if (stored?.etag !== object.etag) return { claimed: false, reason: 'stale' };
  if (stored.status === FileStatus.Completed) return { claimed: false, reason: 'duplicate' };
  return { claimed: false, reason: 'in-progress' };
}

/** True when `owner` holds the claim on this version. */
export async function isClaimedBy(options: TableOptions, object: ImageObject, owner: string): Promise<boolean> {
  const stored = await read(options, object.key);
  return stored?.etag === object.etag && stored.status === FileStatus.Processing && stored.claimedBy === owner;
}

async function release(
  options: TableOptions,
  object: ImageObject,
  owner: string,
  status: string,
  now: Date,
  extra: { expression: string; values: Record<string, unknown> },
): Promise<boolean> {
  try {
    await options.client.send(
      new UpdateCommand({
        TableName: options.tableName,
        Key: { [KEY_ATTRIBUTE]: object.key },
        UpdateExpression: `SET processing_status = :status, updated_at = :now${extra.expression} REMOVE lease_expires_at`,
        ConditionExpression: 'etag = :etag AND claimed_by = :owner AND processing_status = :processing',
        ExpressionAttributeValues: {
          ':status': status,
          ':now': now.toISOString(),
          ':etag': object.etag,
          ':owner': owner,
          ':processing': FileStatus.Processing,
          ...extra.values,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Completes the version if `owner` still holds it; false when a newer version or another claim superseded it. */
export function completeVersion(
  options: TableOptions,
  object: ImageObject,
  owner: string,
  now: Date,
): Promise<boolean> {
  return release(options, object, owner, FileStatus.Completed, now, {
    expression: ', completed_at = :now',
    values: {},
  });
}

/** Marks the version failed (claimable again) if `owner` still holds it. */
export async function failVersion(
  options: TableOptions,
  object: ImageObject,
  owner: string,
  now: Date,
  error: string,
): Promise<void> {
  await release(options, object, owner, FileStatus.Failed, now, {
    expression: ', last_error = :error',
    values: { ':error': error.slice(0, 1000) },
  });
}
