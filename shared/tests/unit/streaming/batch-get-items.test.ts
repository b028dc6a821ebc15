import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ThrottlingError } from '../../../src/errors';
import { batchGetItems } from '../../../src/streaming';

const documents = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
const noWait = async (): Promise<void> => undefined;

describe('batchGetItems', () => {
  beforeEach(() => {
    documents.reset();
  });

  it('reads 250 keys in three calls of at most 100 keys', async () => {
    // Prepare
    documents
      .on(BatchGetCommand)
      .callsFake((input: { RequestItems: Record<string, { Keys: { file_key: string }[] }> }) => ({
        Responses: {
          state: (input.RequestItems.state?.Keys ?? []).map((key) => ({ file_key: key.file_key, etag: 'e' })),
        },
      }));
    const keys = Array.from({ length: 250 }, (_, index) => `k${index}`);

    // Act
    const found = await batchGetItems(keys, { client, tableName: 'state', keyName: 'file_key', sleep: noWait });

    // Assess
    const sizes = documents
      .commandCalls(BatchGetCommand)
      .map((call) => call.args[0].input.RequestItems?.state?.Keys?.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(found.size).toBe(250);
  });

  it('retries only the unprocessed keys', async () => {
    // Prepare
    documents
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { state: [{ file_key: 'a' }] },
        UnprocessedKeys: { state: { Keys: [{ file_key: 'b' }] } },
      })
      .resolvesOnce({ Responses: { state: [{ file_key: 'b' }] } });
    let requests = 0;

    // Act
    const found = await batchGetItems(['a', 'b'], {
      client,
      tableName: 'state',
      keyName: 'file_key',
      sleep: noWait,
      onRequest: () => {
        requests += 1;
      },
    });

    // Assess
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    expect(requests).toBe(2);
    expect(documents.commandCalls(BatchGetCommand)[1]?.args[0].input.RequestItems?.state?.Keys).toEqual([
      { file_key: 'b' },
    ]);
  });

  it('throws ThrottlingError when keys stay unprocessed', async () => {
    // Prepare
    documents.on(BatchGetCommand).resolves({ UnprocessedKeys: { state: { Keys: [{ file_key: 'a' }] } } });

    // Act & Assess
    await expect(
      batchGetItems(['a'], { client, tableName: 'state', keyName: 'file_key', maxAttempts: 3, sleep: noWait }),
    ).rejects.toThrow(ThrottlingError);
    expect(documents.commandCalls(BatchGetCommand)).toHaveLength(3);
  });

  it('projects the requested attributes with the key', async () => {
    // Prepare
    documents.on(BatchGetCommand).resolves({ Responses: { state: [] } });

    // Act
    await batchGetItems(['a', 'a'], {
      client,
      tableName: 'state',
      keyName: 'file_key',
      attributes: ['etag'],
      sleep: noWait,
    });

    // Assess
    const request = documents.commandCalls(BatchGetCommand)[0]?.args[0].input.RequestItems?.state;
    expect(request?.Keys).toEqual([{ file_key: 'a' }]);
    expect(request?.ProjectionExpression).toBe('#a0, #a1');
    expect(request?.ExpressionAttributeNames).toEqual({ '#a0': 'file_key', '#a1': 'etag' });
  });

  it('rejects a non-positive attempt count without calling DynamoDB', async () => {
    // Act & Assess
    await expect(batchGetItems(['a'], { client, tableName: 't', keyName: 'k', maxAttempts: 0 })).rejects.toThrow(
      /maxAttempts/,
    );
    expect(documents.commandCalls(BatchGetCommand)).toHaveLength(0);
  });
});
