import 'aws-sdk-client-mock-jest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { dynamoHistoryStore } from '../../../src/adapters/dynamo-history';
import { detectChange } from '../../../src/domain/history';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const ddb = mockClient(documents);

beforeEach(() => ddb.reset());

describe('dynamoHistoryStore', () => {
  it('queries the latest earlier observation of the area and puts the new one', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [
        { area_id: 'a', observed_at: '2024-01-01T00:00:00.000Z', shares: { green: 1 }, source_key: 'old.geojson' },
      ],
    });
    ddb.on(PutCommand).resolves({});
    const store = dynamoHistoryStore(documents, 'history');

    // Act
    const change = await detectChange(
      store,
      {
        areaId: 'a',
        observedAt: '2025-01-01T00:00:00.000Z',
        shares: { green: 0.8, residential: 0.2 },
        sourceKey: 'new.geojson',
      },
      0.15,
    );

    // Assess
    expect(change).toEqual({ previousObservedAt: '2024-01-01T00:00:00.000Z', l1: 0.4, threshold: 0.15, changed: true });
    expect(ddb).toHaveReceivedCommandWith(QueryCommand, {
      TableName: 'history',
      KeyConditionExpression: 'area_id = :a AND observed_at < :t',
      ExpressionAttributeValues: { ':a': 'a', ':t': '2025-01-01T00:00:00.000Z' },
      ScanIndexForward: false,
      Limit: 1,
    });
    expect(ddb).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'history',
      Item: {
        area_id: 'a',
        observed_at: '2025-01-01T00:00:00.000Z',
        shares: { green: 0.8, residential: 0.2 },
        source_key: 'new.geojson',
      },
    });
  });

  it('reports no change for a first observation and lets a DynamoDB error through', async () => {
    // Prepare
    ddb.on(QueryCommand).resolvesOnce({ Items: [] }).rejectsOnce(new Error('ProvisionedThroughputExceededException'));
    ddb.on(PutCommand).resolves({});
    const store = dynamoHistoryStore(documents, 'history');
    const record = {
      areaId: 'b',
      observedAt: '2025-01-01T00:00:00.000Z',
      shares: { water: 1 },
      sourceKey: 'b.geojson',
    };

    // Act / Assess
    await expect(detectChange(store, record, 0.15)).resolves.toEqual({ threshold: 0.15, changed: false });
    await expect(detectChange(store, record, 0.15)).rejects.toThrow('ProvisionedThroughputExceededException');
  });
});
