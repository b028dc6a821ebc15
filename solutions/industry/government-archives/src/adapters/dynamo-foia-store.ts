/** The DynamoDB adapter of {@link FoiaRequestStore}: Query on the StatusIndex GSI, every page. */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { FoiaRequest } from '../domain/foia';
import type { FoiaRequestStore } from '../domain/foia-store';

/** Name of the GSI (partition key `status`) the reminder reads. */
export const STATUS_INDEX = 'StatusIndex';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A FoiaRequestStore on `tableName` (items `request_id`, `status`, `received_date`, optional `subject`). */
export function createDynamoFoiaStore(options: {
  client: Pick<DynamoDBDocumentClient, 'send'>;
  tableName: string;
}): FoiaRequestStore {
  return {
    async byStatus(status: string): Promise<FoiaRequest[]> {
      const requests: FoiaRequest[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await options.client.send(
          new QueryCommand({
            TableName: options.tableName,
            IndexName: STATUS_INDEX,
            KeyConditionExpression: '#status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': status },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const subject = text(item.subject);
          requests.push({
            requestId: text(item.request_id),
            receivedDate: text(item.received_date),
            status: text(item.status),
            ...(subject === '' ? {} : { subject }),
          });
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      return requests;
    },
  };
}
