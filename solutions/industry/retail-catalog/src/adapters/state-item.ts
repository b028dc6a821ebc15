/** The state table's item layout and its mapping to {@link StoredFileState}. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FileStatusValue, StoredFileState } from '../domain/file-state';

/** The table's partition key. */
export const KEY_ATTRIBUTE = 'file_key';

/** The key of the control item holding the reconciliation cursor (never a listed image key: no image suffix). */
export const CONTROL_KEY = '#control#reconcile-cursor';

/** The attributes read for change detection and claims. */
export const STATE_ATTRIBUTES = ['etag', 'last_modified', 'processing_status', 'claimed_by', 'lease_expires_at'];

/** Where a table adapter sends its commands. */
export interface TableOptions {
  client: Pick<DynamoDBDocumentClient, 'send'>;
  tableName: string;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The stored state of one item. */
export function toStoredState(item: Record<string, unknown>): StoredFileState {
  return {
    key: String(item[KEY_ATTRIBUTE]),
    etag: optionalString(item.etag),
    lastModified: optionalString(item.last_modified),
    status: optionalString(item.processing_status) as FileStatusValue | undefined,
    claimedBy: optionalString(item.claimed_by),
    leaseExpiresAt: optionalString(item.lease_expires_at),
  };
}

/** True when DynamoDB refused a write because its condition did not hold. */
export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}
