/** The LandUseHistoryTable in DynamoDB: partition key `area_id`, sort key `observed_at` (ISO 8601). */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { HistoryRecord, HistoryStore } from '../domain/history';
import type { ClassShares } from '../domain/land-use';

interface Item {
  area_id: string;
  observed_at: string;
  shares: ClassShares;
  source_key: string;
}

/** A HistoryStore over `tableName`. */
export function dynamoHistoryStore(documents: DynamoDBDocumentClient, tableName: string): HistoryStore {
  return {
    async previous(areaId, observedAt) {
      const out = await documents.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'area_id = :a AND observed_at < :t',
          ExpressionAttributeValues: { ':a': areaId, ':t': observedAt },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      const item = out.Items?.[0] as Item | undefined;
      return item === undefined
        ? undefined
        : { areaId: item.area_id, observedAt: item.observed_at, shares: item.shares ?? {}, sourceKey: item.source_key };
    },
    async put(record: HistoryRecord) {
      const item: Item = {
        area_id: record.areaId,
        observed_at: record.observedAt,
        shares: record.shares,
        source_key: record.sourceKey,
      };
      await documents.send(new PutCommand({ TableName: tableName, Item: item }));
    },
  };
}
