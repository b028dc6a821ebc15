/** The DynamoDB adapter of {@link IncidentStore}: one item per incident, keyed by `incidentId`. */
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import { callFleet, toFleetError } from './errors';
import type { IncidentStore } from './ports';
import type { IncidentRecord, IncidentValue } from './types';

/** Options of {@link DynamoDbIncidentStore}. */
export interface DynamoDbIncidentStoreOptions {
  tableName: string;
  client?: DynamoDBClient;
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}

/** An {@link IncidentStore} on a DynamoDB table whose partition key is the string `incidentId`. */
export class DynamoDbIncidentStore implements IncidentStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoDbIncidentStoreOptions) {
    this.tableName = options.tableName;
    this.documents = DynamoDBDocumentClient.from(options.client ?? createAwsClient(DynamoDBClient, {}), {
      marshallOptions: { removeUndefinedValues: true },
    });
  }

  async create(record: IncidentRecord): Promise<boolean> {
    const put = new PutCommand({
      TableName: this.tableName,
      Item: record,
      ConditionExpression: 'attribute_not_exists(incidentId)',
    });
    try {
      await this.documents.send(put);
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw toFleetError('PutItem', `incident ${record.incidentId}`, error);
    }
  }

  async get(incidentId: string): Promise<IncidentRecord | undefined> {
    const output = await callFleet('GetItem', `incident ${incidentId}`, () =>
      this.documents.send(new GetCommand({ TableName: this.tableName, Key: { incidentId }, ConsistentRead: true })),
    );
    return output.Item as IncidentRecord | undefined;
  }

  async update(incidentId: string, changes: Readonly<Record<string, IncidentValue>>): Promise<IncidentRecord> {
    const entries = Object.entries(changes).filter(([name]) => name !== 'incidentId');
    if (entries.length === 0) throw new ValidationError(`No attribute to update on incident ${incidentId}`);
    const names: Record<string, string> = {};
    const values: Record<string, IncidentValue> = {};
    const sets = entries.map(([name, value], index) => {
      names[`#a${index}`] = name;
      values[`:v${index}`] = value;
      return `#a${index} = :v${index}`;
    });
    const command = new UpdateCommand({
      TableName: this.tableName,
      Key: { incidentId },
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(incidentId)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValues: 'ALL_NEW',
    });
    try {
      const output = await this.documents.send(command);
      return output.Attributes as IncidentRecord;
    } catch (error) {
      if (isConditionFailure(error))
        throw new ValidationError(`Incident ${incidentId} does not exist`, { cause: error });
      throw toFleetError('UpdateItem', `incident ${incidentId}`, error);
    }
  }
}
