/** The DynamoDB adapter of {@link RetentionStore}: one item per document key, `expires_at` as the TTL attribute. */
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RetentionRecord, RetentionStore } from '../domain/retention-store';

/** A RetentionStore on `tableName` (partition key `document_key`). */
export function createDynamoRetentionStore(options: {
  client: Pick<DynamoDBDocumentClient, 'send'>;
  tableName: string;
}): RetentionStore {
  return {
    async put(record: RetentionRecord): Promise<void> {
      await options.client.send(
        new PutCommand({
          TableName: options.tableName,
          Item: {
            document_key: record.documentKey,
            grs_schedule: record.schedule,
            retention_years: record.years,
            retain_until: record.retainUntil,
            expires_at: record.expiresAt,
            classification: record.classification,
            processed_at: record.processedAt,
            execution_id: record.executionId,
          },
        }),
      );
    },
  };
}
