import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { dynamoChangeHistory } from '../../../src/adapters/dynamo-change-history';
import { compareAndStore, type TileRecord } from '../../../src/domain/change-history';

const documents = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const record = (tile: string, state: 'objects' | 'clear', timestamp = '2026-02-15T00:00:00.000Z'): TileRecord => ({
  tile_id: `scene#${tile}`,
  timestamp,
  state,
  ratio: state === 'objects' ? 1 : 0.01,
  area_km2: 0.5,
  key: 'scene/2026-02-15.tif',
  expires_at: 1,
  geohash: 'xn76urx',
});

beforeEach(() => documents.reset());

describe('DynamoDB change history', () => {
  it('queries the latest earlier record of the tile, newest first, one item', async () => {
    documents.on(QueryCommand).resolves({ Items: [record('0_0', 'clear', '2026-01-15T00:00:00.000Z')] });
    const history = dynamoChangeHistory(client, 'stack-change-history');
    expect(await history.previous('scene#0_0', '2026-02-15T00:00:00.000Z')).toMatchObject({ state: 'clear' });
    expect(documents).toHaveReceivedCommandWith(QueryCommand, {
      TableName: 'stack-change-history',
      ExpressionAttributeValues: { ':tile': 'scene#0_0', ':ts': '2026-02-15T00:00:00.000Z' },
      ScanIndexForward: false,
      Limit: 1,
    });
  });

  it('writes in batches of 25 and retries unprocessed items, then gives up with ThrottlingError', async () => {
    const records = Array.from({ length: 30 }, (_, index) => record(`0_${index}`, 'clear'));
    documents
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { t: [{ PutRequest: { Item: { ...records[0] } } }] } })
      .resolves({});
    await dynamoChangeHistory(client, 't').put(records);
    const calls = documents.commandCalls(BatchWriteCommand).map((call) => call.args[0].input.RequestItems?.t?.length);
    expect(calls).toEqual([25, 1, 5]);
    documents.reset();
    documents
      .on(BatchWriteCommand)
      .resolves({ UnprocessedItems: { t: [{ PutRequest: { Item: { ...records[0] } } }] } });
    await expect(dynamoChangeHistory(client, 't', 2).put(records.slice(0, 1))).rejects.toMatchObject({
      name: 'ThrottlingError',
    });
  });

  it('reports the tiles whose state changed since their previous record, and stores every record', async () => {
    documents
      .on(QueryCommand, { ExpressionAttributeValues: { ':tile': 'scene#0_0', ':ts': '2026-02-15T00:00:00.000Z' } })
      .resolves({ Items: [record('0_0', 'clear', '2026-01-15T00:00:00.000Z')] })
      .on(QueryCommand, { ExpressionAttributeValues: { ':tile': 'scene#0_1', ':ts': '2026-02-15T00:00:00.000Z' } })
      .resolves({ Items: [record('0_1', 'objects', '2026-01-15T00:00:00.000Z')] })
      .on(QueryCommand, { ExpressionAttributeValues: { ':tile': 'scene#0_2', ':ts': '2026-02-15T00:00:00.000Z' } })
      .resolves({ Items: [] });
    documents.on(BatchWriteCommand).resolves({});
    const changes = await compareAndStore(dynamoChangeHistory(client, 't'), [
      record('0_0', 'objects'),
      record('0_1', 'objects'),
      record('0_2', 'objects'),
    ]);
    expect(changes).toEqual([
      {
        tileId: 'scene#0_0',
        from: 'clear',
        to: 'objects',
        since: '2026-01-15T00:00:00.000Z',
        areaKm2: 0.5,
        geohash: 'xn76urx',
      },
    ]);
    expect(documents).toHaveReceivedCommandTimes(BatchWriteCommand, 1);
  });
});
