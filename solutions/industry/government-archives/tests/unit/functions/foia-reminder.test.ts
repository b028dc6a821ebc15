import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createRecordingNotifier, fixedClock } from '@fsxn-s3ap/shared/testing';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createDynamoFoiaStore, STATUS_INDEX } from '../../../src/adapters/dynamo-foia-store';
import { parseHolidays } from '../../../src/domain/business-days';
import { createFoiaReminderHandler } from '../../../src/functions/foia-reminder/handler';

// The seed rows of FoiaRequestTable: today is Monday 2026-12-07.
const SEED = [
  { request_id: 'FOIA-2026-0101', status: 'OPEN', received_date: '2026-11-12', subject: 'survey maps' }, // due 12-10
  { request_id: 'FOIA-2026-0102', status: 'OPEN', received_date: '2026-12-01' }, // due 12-30 (12-25 is a holiday)
  { request_id: 'FOIA-2026-0090', status: 'OPEN', received_date: '2026-10-01' }, // overdue
  { request_id: 'FOIA-2026-0077', status: 'OPEN', received_date: '01/10/2026' }, // unreadable date
];

describe('FOIA deadline reminder', () => {
  const dynamo = mockClient(DynamoDBDocumentClient);
  beforeEach(() => dynamo.reset());

  function handlerWith(notifier = createRecordingNotifier()) {
    const store = createDynamoFoiaStore({
      client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
      tableName: 'foia',
    });
    const handler = createFoiaReminderHandler(() => ({
      store,
      notifier,
      holidays: parseHolidays('2026-12-25'),
      clock: fixedClock('2026-12-07T06:00:00.000Z'),
    }));
    return { handler, notifier };
  }

  it('reads every page of the open requests and publishes one reminder without subjects', async () => {
    // Prepare
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: SEED.slice(0, 2), LastEvaluatedKey: { request_id: 'FOIA-2026-0102' } })
      .resolvesOnce({ Items: SEED.slice(2) });
    const { handler, notifier } = handlerWith();

    // Act
    const result = await handler();

    // Assess
    expect(dynamo).toHaveReceivedCommandTimes(QueryCommand, 2);
    expect(dynamo).toHaveReceivedCommandWith(QueryCommand, {
      TableName: 'foia',
      IndexName: STATUS_INDEX,
      ExpressionAttributeValues: { ':status': 'OPEN' },
    });
    expect(result).toEqual({
      today: '2026-12-07',
      open: 4,
      due: 2,
      overdue: 1,
      invalid: ['FOIA-2026-0077'],
      published: true,
    });
    expect(notifier.messages).toHaveLength(1);
    const [message] = notifier.messages;
    expect(message?.subject).toBe('FOIA deadlines: 2 due, 1 overdue');
    expect(message?.message).toContain('FOIA-2026-0101: received 2026-11-12, due 2026-12-10 (3 business day(s) left)');
    expect(message?.message).toContain('FOIA-2026-0090');
    expect(message?.message).not.toContain('FOIA-2026-0102');
    expect(message?.message).not.toContain('survey maps');
  });

  it('publishes nothing when no request is due', async () => {
    // Prepare
    dynamo.on(QueryCommand).resolves({ Items: SEED.slice(1, 2) });
    const { handler, notifier } = handlerWith();

    // Act
    const result = await handler();

    // Assess
    expect(result).toMatchObject({ open: 1, due: 0, published: false });
    expect(notifier.messages).toEqual([]);
  });

  it('fails the invocation when the table cannot be read (the schedule retries, then the dead-letter queue)', async () => {
    // Prepare
    dynamo.on(QueryCommand).rejects(new Error('ProvisionedThroughputExceededException'));
    const { handler } = handlerWith();

    // Act / Assess
    await expect(handler()).rejects.toThrow('ProvisionedThroughputExceededException');
  });
});
