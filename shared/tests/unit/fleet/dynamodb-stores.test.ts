import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ThrottlingError, ValidationError } from '../../../src/errors';
import { DynamoDbFleetStateStore, DynamoDbIncidentStore, emptyFleetState } from '../../../src/fleet';

const documents = mockClient(DynamoDBDocumentClient);
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'exists', $metadata: {} });

describe('DynamoDbIncidentStore', () => {
  beforeEach(() => {
    documents.reset();
  });

  it('creates a record only when none exists', async () => {
    // Prepare
    documents.on(PutCommand).resolves({});
    const store = new DynamoDbIncidentStore({ tableName: 'incidents', client: new DynamoDBClient({}) });

    // Act
    const created = await store.create({ incidentId: 'i-a', status: 'IN_PROGRESS' });

    // Assess
    expect(created).toBe(true);
    expect(documents).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'incidents',
      Item: { incidentId: 'i-a', status: 'IN_PROGRESS' },
      ConditionExpression: 'attribute_not_exists(incidentId)',
    });
  });

  it('returns false without writing when the record already exists', async () => {
    // Prepare
    documents.on(PutCommand).rejects(conditionFailed());
    const store = new DynamoDbIncidentStore({ tableName: 'incidents' });

    // Act / Assess
    await expect(store.create({ incidentId: 'i-a', status: 'IN_PROGRESS' })).resolves.toBe(false);
  });

  it('rethrows other put failures as named errors', async () => {
    // Prepare
    documents.on(PutCommand).rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
    const store = new DynamoDbIncidentStore({ tableName: 'incidents' });

    // Act / Assess
    await expect(store.create({ incidentId: 'i-a' })).rejects.toBeInstanceOf(ThrottlingError);
  });

  it('reads a record consistently', async () => {
    // Prepare
    documents.on(GetCommand).resolves({ Item: { incidentId: 'i-a', status: 'RECOVERED' } });
    const store = new DynamoDbIncidentStore({ tableName: 'incidents' });

    // Act
    const record = await store.get('i-a');

    // Assess
    expect(record?.status).toBe('RECOVERED');
    expect(documents).toHaveReceivedCommandWith(GetCommand, { Key: { incidentId: 'i-a' }, ConsistentRead: true });
  });

  it('updates the given attributes of an existing record', async () => {
    // Prepare
    documents.on(UpdateCommand).resolves({ Attributes: { incidentId: 'i-a', status: 'FAILED' } });
    const store = new DynamoDbIncidentStore({ tableName: 'incidents' });

    // Act
    const record = await store.update('i-a', { status: 'FAILED', failedStep: 'LaunchReplacement' });

    // Assess
    expect(record.status).toBe('FAILED');
    expect(documents).toHaveReceivedCommandWith(UpdateCommand, {
      UpdateExpression: 'SET #a0 = :v0, #a1 = :v1',
      ConditionExpression: 'attribute_exists(incidentId)',
      ExpressionAttributeNames: { '#a0': 'status', '#a1': 'failedStep' },
      ExpressionAttributeValues: { ':v0': 'FAILED', ':v1': 'LaunchReplacement' },
    });
  });

  it('rejects an update of a missing record or with nothing to set', async () => {
    // Prepare
    documents.on(UpdateCommand).rejects(conditionFailed());
    const store = new DynamoDbIncidentStore({ tableName: 'incidents' });

    // Act / Assess
    await expect(store.update('i-x', { status: 'FAILED' })).rejects.toThrow('Incident i-x does not exist');
    await expect(store.update('i-x', { incidentId: 'i-y' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('rethrows other update failures as named errors', async () => {
    // Prepare
    documents.on(UpdateCommand).rejects(Object.assign(new Error('slow'), { name: 'ThrottlingException' }));

    // Act / Assess
    await expect(new DynamoDbIncidentStore({ tableName: 't' }).update('i-a', { a: 1 })).rejects.toBeInstanceOf(
      ThrottlingError,
    );
  });
});

describe('DynamoDbFleetStateStore', () => {
  beforeEach(() => {
    documents.reset();
  });

  it('round-trips the state as a JSON string', async () => {
    // Prepare
    documents.on(PutCommand).resolves({});
    const store = new DynamoDbFleetStateStore({ tableName: 'demo', client: new DynamoDBClient({}) });
    const state = { ...emptyFleetState(), launchCount: 3 };

    // Act
    await store.save(state);
    const written = documents.commandCalls(PutCommand)[0]?.args[0].input.Item;
    documents.on(GetCommand).resolves({ Item: written });
    const loaded = await store.load();

    // Assess
    expect(written?.id).toBe('fleet');
    expect(loaded).toEqual(state);
  });

  it('returns undefined before the first save and rejects a state that is not a string', async () => {
    // Prepare
    documents
      .on(GetCommand)
      .resolvesOnce({})
      .resolvesOnce({ Item: { id: 'fleet', state: 42 } });
    const store = new DynamoDbFleetStateStore({ tableName: 'demo', stateId: 'fleet' });

    // Act / Assess
    await expect(store.load()).resolves.toBeUndefined();
    await expect(store.load()).rejects.toBeInstanceOf(ValidationError);
  });
});
