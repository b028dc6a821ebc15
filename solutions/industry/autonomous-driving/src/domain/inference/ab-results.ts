/** The A/B results table: one row per real-time invocation (variant, latency, error), read back by the comparison. */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { InvocationRecord } from '@fsxn-s3ap/shared/inference';

/** Seconds a row is kept (30 days). */
export const AB_RESULT_TTL_SECONDS = 30 * 86_400;

/** One invocation, as recorded. */
export interface AbResultRow extends InvocationRecord {
  objectKey: string;
}

/** Port: the results table of one endpoint. */
export interface AbResults {
  record(row: AbResultRow, now: Date): Promise<void>;
  since(start: Date): Promise<InvocationRecord[]>;
  putAggregation(item: Record<string, unknown>, now: Date): Promise<void>;
}

let sequence = 0;

/**
 * The table keyed by `test_id` (the endpoint name) and `timestamp` (epoch microseconds, so rows of the same
 * millisecond do not collide).
 */
export function createAbResults(documents: DynamoDBDocumentClient, tableName: string, endpointName: string): AbResults {
  return {
    async record(row, now) {
      sequence = (sequence + 1) % 1000;
      const item = {
        test_id: endpointName,
        timestamp: now.getTime() * 1000 + sequence,
        variant: row.variant,
        latency_ms: row.latencyMs,
        error: row.error,
        object_key: row.objectKey,
        ttl: Math.floor(now.getTime() / 1000) + AB_RESULT_TTL_SECONDS,
      };
      await documents.send(new PutCommand({ TableName: tableName, Item: item }));
    },
    async since(start) {
      const records: InvocationRecord[] = [];
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await documents.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'test_id = :id AND #ts >= :start',
            ExpressionAttributeNames: { '#ts': 'timestamp' },
            ExpressionAttributeValues: { ':id': endpointName, ':start': start.getTime() * 1000 },
            ExclusiveStartKey: exclusiveStartKey,
          }),
        );
        for (const item of page.Items ?? []) {
          if (typeof item.variant === 'string' && typeof item.latency_ms === 'number') {
            records.push({ variant: item.variant, latencyMs: item.latency_ms, error: item.error === true });
          }
        }
        exclusiveStartKey = page.LastEvaluatedKey;
      } while (exclusiveStartKey);
      return records;
    },
    async putAggregation(item, now) {
      const ttl = Math.floor(now.getTime() / 1000) + AB_RESULT_TTL_SECONDS;
      await documents.send(
        new PutCommand({
          TableName: tableName,
          Item: { test_id: `${endpointName}-aggregation`, timestamp: now.getTime() * 1000, ...item, ttl },
        }),
      );
    },
  };
}
