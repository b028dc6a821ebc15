/** The DynamoDB adapter of {@link DeadLetterStore}: one item per stream record, updated on every failed attempt. */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { capDeadLetter, type DeadLetterEntry, type DeadLetterStore } from '../domain/dead-letter';
import type { TableOptions } from './state-item';

/** Stack traces are cut to this many characters (DynamoDB items hold at most 400 KB). */
export const MAX_STACK_LENGTH = 4000;

/** A {@link DeadLetterStore} on `tableName` (pk `record_id`), items expiring `ttlDays` after their last failure. */
export function createDynamoDeadLetterStore(options: TableOptions & { ttlDays: number }): DeadLetterStore {
  return {
    async record(full: DeadLetterEntry, now: Date): Promise<number> {
      const entry = capDeadLetter(full);
      const response = await options.client.send(
        new UpdateCommand({
          TableName: options.tableName,
          Key: { record_id: entry.recordId },
          UpdateExpression:
            'SET original_record = :record, file_key = :fileKey, error_name = :name, error_message = :message, ' +
            'stack = :stack, permanent_failure = :permanent, last_failed_at = :now, expires_at = :expires, ' +
            'first_failed_at = if_not_exists(first_failed_at, :now) ADD retry_count :one',
          ExpressionAttributeValues: {
            ':record': entry.record,
            ':fileKey': entry.fileKey ?? '',
            ':name': entry.errorName,
            ':message': entry.errorMessage,
            ':stack': (entry.stack ?? '').slice(0, MAX_STACK_LENGTH),
            ':permanent': entry.permanent,
            ':now': now.toISOString(),
            ':expires': Math.floor(now.getTime() / 1000) + options.ttlDays * 86_400,
            ':one': 1,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const count = Number(response.Attributes?.retry_count ?? 1);
      return Number.isFinite(count) ? count : 1;
    },
  };
}
