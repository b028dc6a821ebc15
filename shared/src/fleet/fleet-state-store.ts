/** Persistence of an in-memory fleet between Lambda invocations (DemoMode), in one DynamoDB item. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import { callFleet } from './errors';
import { type MemoryFleetState, parseMemoryFleetState } from './memory-state';

/** Loads and saves a {@link MemoryFleetState}. */
export interface FleetStateStore {
  /** The saved state, or undefined before the first save. */
  load(): Promise<MemoryFleetState | undefined>;
  save(state: MemoryFleetState): Promise<void>;
}

/** Options of {@link DynamoDbFleetStateStore}. */
export interface DynamoDbFleetStateStoreOptions {
  /** A table whose partition key is the string `id`. */
  tableName: string;
  /** The item id holding the state; default `fleet`. */
  stateId?: string;
  client?: DynamoDBClient;
}

/** A {@link FleetStateStore} keeping the state as a JSON string in the item `{ id, state }`. */
export class DynamoDbFleetStateStore implements FleetStateStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly stateId: string;

  constructor(options: DynamoDbFleetStateStoreOptions) {
    this.tableName = options.tableName;
    this.stateId = options.stateId ?? 'fleet';
    this.documents = DynamoDBDocumentClient.from(options.client ?? createAwsClient(DynamoDBClient, {}));
  }

  async load(): Promise<MemoryFleetState | undefined> {
    const output = await callFleet('GetItem', `fleet state ${this.stateId}`, () =>
      this.documents.send(
        new GetCommand({ TableName: this.tableName, Key: { id: this.stateId }, ConsistentRead: true }),
      ),
    );
    const text = output.Item?.state;
    if (text === undefined) return undefined;
    if (typeof text !== 'string') throw new ValidationError(`Fleet state ${this.stateId} is not a JSON string`);
    return parseMemoryFleetState(JSON.parse(text));
  }

  async save(state: MemoryFleetState): Promise<void> {
    await callFleet('PutItem', `fleet state ${this.stateId}`, () =>
      this.documents.send(
        new PutCommand({ TableName: this.tableName, Item: { id: this.stateId, state: JSON.stringify(state) } }),
      ),
    );
  }
}
