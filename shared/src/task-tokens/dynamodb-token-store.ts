/** The TaskTokenStore on DynamoDB: conditional puts, TTL, and a job-name index for lookups without tags. */
import { ConditionalCheckFailedException, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createAwsClient } from '../observability/aws-client';
import { newCorrelationId } from './correlation-id';
import { CorrelationIdCollisionError } from './errors';
import { buildTokenRecord, isExpired, toTokenRecord } from './record';
import type { StoreTokenInput, TaskTokenRecord, TaskTokenStore } from './types';

/** Name of the global secondary index keyed by `transform_job_name`. */
export const JOB_NAME_INDEX = 'TransformJobNameIndex';

/** Retries after the first attempt when a generated id is already taken. */
export const MAX_COLLISION_RETRIES = 3;

/** Options of {@link DynamoDbTaskTokenStore}. */
export interface DynamoDbTaskTokenStoreOptions {
  tableName: string;
  client?: DynamoDBClient;
  clientConfig?: DynamoDBClientConfig;
  /** New correlation ids; random by default. */
  newId?: () => string;
  /** The clock; the system clock by default. */
  now?: () => Date;
}

function isCollision(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}

/**
 * Task tokens in a DynamoDB table keyed by `correlation_id`. `put` writes with `attribute_not_exists` and draws a
 * new id up to {@link MAX_COLLISION_RETRIES} more times when the id is taken; reads ignore expired records.
 *
 * @example
 * ```ts
 * const store = new DynamoDbTaskTokenStore({ tableName: 'my-stack-task-token-store' });
 * const id = await store.put({ taskToken, transformJobName: 'ad-seg-1' });
 * ```
 */
export class DynamoDbTaskTokenStore implements TaskTokenStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly newId: () => string;
  private readonly now: () => Date;

  constructor(private readonly options: DynamoDbTaskTokenStoreOptions) {
    const client = options.client ?? createAwsClient(DynamoDBClient, options.clientConfig ?? {});
    this.documents = DynamoDBDocumentClient.from(client);
    this.newId = options.newId ?? (() => newCorrelationId());
    this.now = options.now ?? (() => new Date());
  }

  async put(input: StoreTokenInput): Promise<string> {
    for (let attempt = 0; attempt <= MAX_COLLISION_RETRIES; attempt += 1) {
      const record = buildTokenRecord(this.newId(), input, this.now());
      try {
        await this.documents.send(
          new PutCommand({
            TableName: this.options.tableName,
            Item: record,
            ConditionExpression: 'attribute_not_exists(correlation_id)',
          }),
        );
        return record.correlation_id;
      } catch (error) {
        if (!isCollision(error)) throw error;
      }
    }
    throw new CorrelationIdCollisionError(
      `No free correlation id after ${MAX_COLLISION_RETRIES + 1} attempts in ${this.options.tableName}`,
    );
  }

  async get(correlationId: string): Promise<TaskTokenRecord | undefined> {
    const result = await this.documents.send(
      new GetCommand({
        TableName: this.options.tableName,
        Key: { correlation_id: correlationId },
        ConsistentRead: true,
      }),
    );
    return this.live(toTokenRecord(result.Item));
  }

  async findByJobName(transformJobName: string): Promise<TaskTokenRecord | undefined> {
    const result = await this.documents.send(
      new QueryCommand({
        TableName: this.options.tableName,
        IndexName: JOB_NAME_INDEX,
        KeyConditionExpression: 'transform_job_name = :name',
        ExpressionAttributeValues: { ':name': transformJobName },
        Limit: 1,
      }),
    );
    return this.live(toTokenRecord(result.Items?.[0]));
  }

  async delete(correlationId: string): Promise<void> {
    await this.documents.send(
      new DeleteCommand({ TableName: this.options.tableName, Key: { correlation_id: correlationId } }),
    );
  }

  private live(record: TaskTokenRecord | undefined): TaskTokenRecord | undefined {
    return record && !isExpired(record, this.now()) ? record : undefined;
  }
}
