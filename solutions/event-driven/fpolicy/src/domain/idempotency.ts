/**
 * Idempotency for HYBRID trigger mode: polling and FPolicy events may both announce the same file change; the
 * first to claim `(use case, file, operation, 5-minute bucket)` processes it, the other skips. A conditional put
 * on pk `<USE_CASE>#<file_path>`, sk `<operation>#<bucket start>`; items expire after 7 days (TTL attribute `ttl`).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import type { OperationType } from './file-event';

export const IDEMPOTENCY_BUCKET_SECONDS = 300;
export const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 60 * 60;

/** The table key of one claim. */
export interface IdempotencyKey {
  pk: string;
  sk: string;
}

/**
 * Polling sees content changes, not creates versus writes: claims use `write` for both, so an event and a
 * polling run that see the same change collide.
 */
export function contentOperation(operation: OperationType): 'write' | 'delete' | 'rename' {
  return operation === 'create' ? 'write' : operation;
}

/** The key for `filePath` changed by `operation` at `at` (the event time, or the object's LastModified). */
export function idempotencyKey(useCase: string, filePath: string, operation: string, at: Date): IdempotencyKey {
  if (useCase === '' || filePath === '' || operation === '') {
    throw new ValidationError('idempotency key needs a use case, a file path and an operation');
  }
  if (Number.isNaN(at.getTime())) throw new ValidationError(`idempotency time for ${filePath} is not a valid date`);
  const bucketMs = IDEMPOTENCY_BUCKET_SECONDS * 1000;
  const bucket = new Date(Math.floor(at.getTime() / bucketMs) * bucketMs).toISOString();
  return { pk: `${useCase}#${filePath}`, sk: `${operation}#${bucket}` };
}

export interface IdempotencyChecker {
  /** True when this caller is the first to claim the change (process it); false when it was already claimed. */
  claim(filePath: string, operation: string, at: Date): Promise<boolean>;
}

export interface IdempotencyCheckerOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  useCase: string;
  now?: () => Date;
}

/** Creates the checker; any DynamoDB error other than the failed condition is rethrown. */
export function createIdempotencyChecker(options: IdempotencyCheckerOptions): IdempotencyChecker {
  const now = options.now ?? (() => new Date());
  return {
    async claim(filePath, operation, at) {
      const key = idempotencyKey(options.useCase, filePath, operation, at);
      const claimedAt = now();
      try {
        await options.client.send(
          new PutCommand({
            TableName: options.tableName,
            Item: {
              ...key,
              claimed_at: claimedAt.toISOString(),
              ttl: Math.floor(claimedAt.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },
  };
}
