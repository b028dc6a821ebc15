/** The change history in DynamoDB: partition key `tile_id`, sort key `timestamp`, TTL attribute `expires_at`. */
import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ThrottlingError } from '@fsxn-s3ap/shared/errors';
import type { ChangeHistory, TileRecord } from '../domain/change-history';

/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;

/** A {@link ChangeHistory} on `table`. Unprocessed batch items are retried a bounded number of times. */
export function dynamoChangeHistory(client: DynamoDBDocumentClient, table: string, maxAttempts = 5): ChangeHistory {
  return {
    async previous(tileId, timestamp) {
      const answer = await client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'tile_id = :tile AND #ts < :ts',
          ExpressionAttributeNames: { '#ts': 'timestamp' },
          ExpressionAttributeValues: { ':tile': tileId, ':ts': timestamp },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      return answer.Items?.[0] as TileRecord | undefined;
    },
    async put(records) {
      for (let start = 0; start < records.length; start += BATCH) {
        let requests = records.slice(start, start + BATCH).map((record) => ({ PutRequest: { Item: { ...record } } }));
        for (let attempt = 1; requests.length > 0; attempt += 1) {
          if (attempt > maxAttempts) {
            throw new ThrottlingError(
              `${requests.length} history items were not written after ${maxAttempts} attempts`,
            );
          }
          const answer = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
          requests = (answer.UnprocessedItems?.[table] ?? []) as typeof requests;
        }
      }
    },
  };
}
