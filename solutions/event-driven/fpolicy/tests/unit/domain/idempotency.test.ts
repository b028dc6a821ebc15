import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import fc from 'fast-check';
import { contentOperation, createIdempotencyChecker, idempotencyKey } from '../../../src/domain/idempotency';

const dynamo = mockClient(DynamoDBDocumentClient);
const now = new Date('2025-01-02T03:04:05.000Z');
const checker = () =>
  createIdempotencyChecker({
    client: DynamoDBDocumentClient.from(new DynamoDBClient({})),
    tableName: 'idem',
    useCase: 'UC11',
    now: () => now,
  });

describe('idempotencyKey', () => {
  it('uses <USE_CASE>#<file_path> and <operation>#<5-minute bucket start>', () => {
    // Act
    const key = idempotencyKey('UC11', 'products/a.jpg', 'write', new Date('2025-01-02T03:09:59.999Z'));

    // Assess
    expect(key).toEqual({ pk: 'UC11#products/a.jpg', sk: 'write#2025-01-02T03:05:00.000Z' });
  });

  it('gives two times the same key exactly when they fall in the same 5-minute bucket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 4e12 }), (a, b) => {
        // Act
        const same =
          idempotencyKey('U', 'f', 'write', new Date(a)).sk === idempotencyKey('U', 'f', 'write', new Date(b)).sk;

        // Assess
        expect(same).toBe(Math.floor(a / 300_000) === Math.floor(b / 300_000));
      }),
    );
  });

  it('rejects empty parts and invalid dates', () => {
    // Act / Assess
    expect(() => idempotencyKey('', 'f', 'write', now)).toThrow(ValidationError);
    expect(() => idempotencyKey('U', 'f', 'write', new Date('nope'))).toThrow('is not a valid date');
  });

  it('treats create and write as the same content change', () => {
    // Act / Assess
    expect(contentOperation('create')).toBe('write');
    expect(contentOperation('write')).toBe('write');
    expect(contentOperation('rename')).toBe('rename');
  });
});

describe('createIdempotencyChecker', () => {
  beforeEach(() => {
    dynamo.reset();
  });

  it('claims a new change with a conditional put and a 7-day TTL', async () => {
    // Prepare
    dynamo.on(PutCommand).resolves({});

    // Act
    const first = await checker().claim('products/a.jpg', 'write', now);

    // Assess
    expect(first).toBe(true);
    expect(dynamo).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'idem',
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: {
        pk: 'UC11#products/a.jpg',
        sk: 'write#2025-01-02T03:00:00.000Z',
        claimed_at: now.toISOString(),
        ttl: Math.floor(now.getTime() / 1000) + 604_800,
      },
    });
  });

  it('answers false when the change was already claimed', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));

    // Act
    const again = await checker().claim('products/a.jpg', 'write', now);

    // Assess
    expect(again).toBe(false);
  });

  it('rethrows any other DynamoDB error', async () => {
    // Prepare
    dynamo.on(PutCommand).rejects(new Error('ProvisionedThroughputExceededException'));

    // Act
    const result = checker().claim('products/a.jpg', 'write', now);

    // Assess
    await expect(result).rejects.toThrow('ProvisionedThroughputExceededException');
  });
});
