import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { createDynamoDeadLetterStore } from '../../../src/adapters/dynamo-dead-letter';
import { createDynamoFileStateStore } from '../../../src/adapters/dynamo-file-state';
import { CLAIM_CONDITION } from '../../../src/adapters/state-claims';
import { CONTROL_KEY } from '../../../src/adapters/state-item';
import { capDeadLetter, MAX_DEAD_LETTER_DATA_CHARS } from '../../../src/domain/dead-letter';

const documents = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const store = createDynamoFileStateStore({ client, tableName: 'state' });
const NOW = new Date('2025-01-01T00:00:00.000Z');
const object = { key: 'p/a.jpg', size: 5, etag: 'e1', lastModified: '2024-12-31T00:00:00.000Z' };
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'failed', $metadata: {} });

describe('DynamoDB file state store', () => {
  beforeEach(() => {
    documents.reset();
  });

  it('claims a version with the version-tied condition and a lease', async () => {
    // Prepare
    documents.on(UpdateCommand).resolves({});

    // Act
    const result = await store.claim(object, 'stream:1', NOW, 900);

    // Assess
    expect(result).toEqual({ claimed: true });
    const input = documents.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe(CLAIM_CONDITION);
    expect(input?.ExpressionAttributeValues).toMatchObject({
      ':etag': 'e1',
      ':owner': 'stream:1',
      ':lease': '2025-01-01T00:15:00.000Z',
      ':processing': 'processing',
    });
  });

  it.each([
    [{ etag: 'e1', processing_status: 'completed' }, 'duplicate'],
    [{ etag: 'e0', processing_status: 'pending' }, 'stale'],
    [{ etag: 'e1', processing_status: 'processing' }, 'in-progress'],
    [{ etag: 'e1', processing_status: 'deleted' }, 'deleted'],
  ])('explains a refused claim of stored %j as %s', async (stored, reason) => {
    // Prepare
    documents.on(UpdateCommand).rejects(conditionFailed());
    documents.on(GetCommand).resolves({ Item: { file_key: 'p/a.jpg', ...stored } });

    // Act & Assess
    await expect(store.claim(object, 'stream:1', NOW, 900)).resolves.toEqual({ claimed: false, reason });
    expect(documents.commandCalls(GetCommand)[0]?.args[0].input.ConsistentRead).toBe(true);
  });

  it('propagates other DynamoDB errors of a claim', async () => {
    // Prepare
    documents.on(UpdateCommand).rejects(new Error('ProvisionedThroughputExceeded'));

    // Act & Assess
    await expect(store.claim(object, 'o', NOW, 60)).rejects.toThrow('ProvisionedThroughputExceeded');
  });

  it('completes only while the owner holds the version', async () => {
    // Prepare
    documents.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    // Act
    const first = await store.complete(object, 'o', NOW);
    const second = await store.complete(object, 'o', NOW);

    // Assess
    expect([first, second]).toEqual([true, false]);
    const input = documents.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe('etag = :etag AND claimed_by = :owner AND processing_status = :processing');
    expect(input?.ExpressionAttributeValues?.[':status']).toBe('completed');
  });

  it('marks a failed version with its error', async () => {
    // Prepare
    documents.on(UpdateCommand).resolves({});

    // Act
    await store.fail(object, 'o', NOW, 'boom');

    // Assess
    expect(documents.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues).toMatchObject({
      ':status': 'failed',
      ':error': 'boom',
    });
  });

  it('tells whether an owner holds a version', async () => {
    // Prepare
    documents
      .on(GetCommand)
      .resolves({ Item: { file_key: 'p/a.jpg', etag: 'e1', processing_status: 'processing', claimed_by: 'o' } });

    // Act & Assess
    await expect(store.isClaimedBy(object, 'o')).resolves.toBe(true);
    await expect(store.isClaimedBy(object, 'other')).resolves.toBe(false);
  });

  it('reads exactly the listed keys with BatchGetItem', async () => {
    // Prepare
    documents
      .on(BatchGetCommand)
      .resolves({ Responses: { state: [{ file_key: 'p/a.jpg', etag: 'e1', processing_status: 'pending' }] } });

    // Act
    const found = await store.getMany(['p/a.jpg', 'p/b.jpg']);

    // Assess
    expect(found.get('p/a.jpg')).toMatchObject({ etag: 'e1', status: 'pending' });
    expect(found.has('p/b.jpg')).toBe(false);
    expect(documents.commandCalls(ScanCommand)).toHaveLength(0);
  });

  it('records only the versions not already recorded as pending', async () => {
    // Prepare
    documents.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    // Act
    const recorded = await store.markPending([object, { ...object, key: 'p/b.jpg' }], NOW);

    // Assess
    expect(recorded.map((entry) => entry.key)).toEqual(['p/a.jpg']);
    expect(documents.commandCalls(UpdateCommand)[0]?.args[0].input.ConditionExpression).toBe(
      'attribute_not_exists(etag) OR etag <> :etag OR processing_status IN (:deleted, :emitFailed)',
    );
  });

  it('marks unsent and deleted versions conditionally', async () => {
    // Prepare
    documents.on(UpdateCommand).resolves({});

    // Act
    await store.markEmitFailed([object], NOW);
    await store.markDeleted('p/a.jpg', 'e1', NOW);
    await store.markDeleted('p/b.jpg', undefined, NOW);

    // Assess
    const conditions = documents.commandCalls(UpdateCommand).map((call) => call.args[0].input.ConditionExpression);
    expect(conditions).toEqual([
      'etag = :etag AND processing_status = :pending',
      'etag = :etag',
      'attribute_exists(file_key)',
    ]);
  });

  it('scans one bounded page from the cursor and hides the control item', async () => {
    // Prepare
    documents.on(ScanCommand).resolves({
      Items: [{ file_key: CONTROL_KEY }, { file_key: 'p/c.jpg', etag: 'e' }],
      LastEvaluatedKey: { file_key: 'p/c.jpg' },
    });

    // Act
    const page = await store.scanPage('p/b.jpg', 2);

    // Assess
    expect(page).toEqual({ items: [expect.objectContaining({ key: 'p/c.jpg' })], nextCursor: 'p/c.jpg' });
    expect(documents.commandCalls(ScanCommand)[0]?.args[0].input).toMatchObject({
      Limit: 2,
      ExclusiveStartKey: { file_key: 'p/b.jpg' },
    });
  });

  it('stores and reads the cursor in the control item', async () => {
    // Prepare
    documents.on(PutCommand).resolves({});
    documents.on(GetCommand).resolves({ Item: { file_key: CONTROL_KEY, scan_cursor: 'p/c.jpg' } });

    // Act
    await store.writeCursor('p/c.jpg', NOW);
    const cursor = await store.readCursor();

    // Assess
    expect(cursor).toBe('p/c.jpg');
    expect(documents.commandCalls(PutCommand)[0]?.args[0].input.Item).toMatchObject({
      file_key: CONTROL_KEY,
      scan_cursor: 'p/c.jpg',
    });
  });
});

describe('DynamoDB dead-letter store', () => {
  beforeEach(() => {
    documents.reset();
  });

  it('counts attempts per record and keeps the original record, error, stack and expiry', async () => {
    // Prepare
    documents.on(UpdateCommand).resolves({ Attributes: { retry_count: 2 } });
    const letters = createDynamoDeadLetterStore({ client, tableName: 'dlq', ttlDays: 14 });

    // Act
    const attempts = await letters.record(
      {
        recordId: 'shardId-0:1',
        record: {
          data: 'e30=',
          partitionKey: 'p',
          sequenceNumber: '1',
          eventSourceArn: 'arn',
          approximateArrivalTimestamp: 1,
        },
        fileKey: 'p/a.jpg',
        errorName: 'Error',
        errorMessage: 'boom',
        stack: 'Error: boom\n    at x',
        permanent: false,
      },
      NOW,
    );

    // Assess
    expect(attempts).toBe(2);
    const input = documents.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.Key).toEqual({ record_id: 'shardId-0:1' });
    expect(input?.UpdateExpression).toContain('ADD retry_count :one');
    expect(input?.ExpressionAttributeValues).toMatchObject({
      ':record': { data: 'e30=' },
      ':stack': 'Error: boom\n    at x',
      ':expires': Math.floor(NOW.getTime() / 1000) + 14 * 86_400,
    });
  });

  it('cuts an oversized record to fit an item, keeping the original length and SHA-256', async () => {
    // Prepare: a 1 MiB Kinesis record is about 1.4 MB of base64, over DynamoDB's 400 KB item limit.
    documents.on(UpdateCommand).resolves({ Attributes: { retry_count: 1 } });
    const letters = createDynamoDeadLetterStore({ client, tableName: 'dlq', ttlDays: 14 });
    const data = Buffer.alloc(1024 * 1024, 7).toString('base64');
    const record = {
      data,
      partitionKey: 'p',
      sequenceNumber: '1',
      eventSourceArn: 'arn',
      approximateArrivalTimestamp: 1,
    };

    // Act
    await letters.record(
      { recordId: 'r', record, errorName: 'E', errorMessage: 'x'.repeat(100_000), permanent: true },
      NOW,
    );

    // Assess
    const values = documents.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues ?? {};
    expect(values[':record'].data).toBe(data.slice(0, MAX_DEAD_LETTER_DATA_CHARS));
    expect(values[':record'].truncated).toEqual({
      originalChars: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    expect(JSON.stringify(values).length).toBeLessThan(300 * 1024);
  });
});

describe('capDeadLetter', () => {
  it('keeps entries within bounds and untouched when they fit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat({ max: 200 }), (data, max) => {
        // Prepare
        const entry = {
          recordId: 'r',
          record: { data, partitionKey: 'p', sequenceNumber: '1', eventSourceArn: 'a', approximateArrivalTimestamp: 1 },
          errorName: 'E',
          errorMessage: 'm',
          permanent: false,
        };

        // Act
        const capped = capDeadLetter(entry, max);

        // Assess
        expect(capped.record.data.length).toBeLessThanOrEqual(max);
        if (data.length <= max) expect(capped).toEqual(entry);
        else expect(capped.record.truncated?.originalChars).toBe(data.length);
      }),
    );
  });
});
