import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import fc from 'fast-check';
import {
  CorrelationIdCollisionError,
  DynamoDbTaskTokenStore,
  JOB_NAME_INDEX,
  MAX_COLLISION_RETRIES,
  TOKEN_TTL_SECONDS,
} from '../../../src/task-tokens';

const dynamo = mockClient(DynamoDBDocumentClient);
const NOW = new Date('2025-03-01T12:00:00Z');
const TABLE = 'stack-task-token-store';

function collision(): ConditionalCheckFailedException {
  return new ConditionalCheckFailedException({ message: 'taken', $metadata: {} });
}

/** A store over a mocked table that behaves like DynamoDB for put-if-absent, get and delete. */
function storeOverMemory(ids: string[], now: () => Date = () => NOW) {
  const items = new Map<string, Record<string, unknown>>();
  dynamo.on(PutCommand).callsFake(async (input: { Item: Record<string, unknown> }) => {
    const id = String(input.Item.correlation_id);
    if (items.has(id)) throw collision();
    items.set(id, input.Item);
    return {};
  });
  dynamo.on(GetCommand).callsFake(async (input: { Key: { correlation_id: string } }) => ({
    Item: items.get(input.Key.correlation_id),
  }));
  dynamo.on(DeleteCommand).callsFake(async (input: { Key: { correlation_id: string } }) => {
    items.delete(input.Key.correlation_id);
    return {};
  });
  const queue = [...ids];
  const store = new DynamoDbTaskTokenStore({
    tableName: TABLE,
    client: new DynamoDBClient({ region: 'us-east-1' }),
    newId: () => queue.shift() ?? 'ffffffff',
    now,
  });
  return { store, items };
}

describe('DynamoDbTaskTokenStore', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  it('writes the record with attribute_not_exists and a 24-hour ttl', async () => {
    // Prepare
    const { store } = storeOverMemory(['0a1b2c3d']);

    // Act
    const id = await store.put({ taskToken: 'token-value', transformJobName: 'ad-seg-1' });

    // Assess
    expect(id).toBe('0a1b2c3d');
    expect(dynamo).toHaveReceivedCommandWith(PutCommand, {
      TableName: TABLE,
      ConditionExpression: 'attribute_not_exists(correlation_id)',
      Item: expect.objectContaining({
        correlation_id: '0a1b2c3d',
        task_token: 'token-value',
        transform_job_name: 'ad-seg-1',
        ttl: NOW.getTime() / 1000 + TOKEN_TTL_SECONDS,
      }),
    });
  });

  it('draws a new id when the first collides', async () => {
    // Prepare
    const { store, items } = storeOverMemory(['11111111', '11111111', '22222222']);
    await store.put({ taskToken: 'first', transformJobName: 'a' });

    // Act
    const id = await store.put({ taskToken: 'second', transformJobName: 'b' });

    // Assess
    expect(id).toBe('22222222');
    expect(items.get('11111111')?.task_token).toBe('first');
    expect(dynamo).toHaveReceivedCommandTimes(PutCommand, 3);
  });

  it('gives up with CorrelationIdCollisionError after 3 retries', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(collision());
    const store = new DynamoDbTaskTokenStore({ tableName: TABLE, client: new DynamoDBClient({}), now: () => NOW });

    // Act / Assess
    await expect(store.put({ taskToken: 't', transformJobName: 'j' })).rejects.toBeInstanceOf(
      CorrelationIdCollisionError,
    );
    expect(dynamo).toHaveReceivedCommandTimes(PutCommand, MAX_COLLISION_RETRIES + 1);
  });

  it('rethrows other DynamoDB failures without retrying', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(Object.assign(new Error('no table'), { name: 'ResourceNotFoundException' }));
    const store = new DynamoDbTaskTokenStore({ tableName: TABLE, client: new DynamoDBClient({}), now: () => NOW });

    // Act / Assess
    await expect(store.put({ taskToken: 't', transformJobName: 'j' })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    expect(dynamo).toHaveReceivedCommandTimes(PutCommand, 1);
  });

  it('round-trips any token and forgets it after delete', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 1500 }),
        fc.stringMatching(/^[0-9a-f]{8}$/),
        async (token, id) => {
          // Prepare
          dynamo.reset();
          const { store } = storeOverMemory([id]);

          // Act
          const stored = await store.put({ taskToken: token, transformJobName: 'job' });
          const found = await store.get(stored);
          await store.delete(stored);

          // Assess
          expect(found?.task_token).toBe(token);
          expect(await store.get(stored)).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('treats an expired record as missing', async () => {
    // Prepare
    let now = NOW;
    const { store } = storeOverMemory(['0a1b2c3d'], () => now);
    await store.put({ taskToken: 't', transformJobName: 'j' });

    // Act
    now = new Date(NOW.getTime() + TOKEN_TTL_SECONDS * 1000);

    // Assess
    expect(await store.get('0a1b2c3d')).toBeUndefined();
  });

  it('finds a record by transform job name through the index', async () => {
    // Prepare
    const item = {
      correlation_id: '0a1b2c3d',
      task_token: 't',
      transform_job_name: 'job-7',
      created_at: 1,
      ttl: 4_000_000_000,
    };
    dynamo.on(QueryCommand).resolves({ Items: [item] });
    const store = new DynamoDbTaskTokenStore({ tableName: TABLE, client: new DynamoDBClient({}), now: () => NOW });

    // Act
    const found = await store.findByJobName('job-7');

    // Assess
    expect(found).toEqual(item);
    expect(dynamo).toHaveReceivedCommandWith(QueryCommand, {
      IndexName: JOB_NAME_INDEX,
      ExpressionAttributeValues: { ':name': 'job-7' },
    });
  });

  it('finds nothing for an unknown job name', async () => {
    // Prepare
    dynamo.on(QueryCommand).resolves({ Items: [] });
    const store = new DynamoDbTaskTokenStore({ tableName: TABLE, client: new DynamoDBClient({}), now: () => NOW });

    // Act / Assess
    expect(await store.findByJobName('missing')).toBeUndefined();
  });
});
