import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import sample from '../../../events/sqs-batch.json';
import { createBusPublisher } from '../../../src/adapters/event-bus';
import { FileEventError } from '../../../src/errors';
import { createHandler } from '../../../src/functions/bridge';
import { createRecordingLogger } from '../../support/recording-logger';

const eventBridge = mockClient(EventBridgeClient);
const BUS = 'fsxn-fpolicy-events';

const record = (messageId: string, index: number, volume = 'vol1') => ({
  messageId,
  body: JSON.stringify({
    event_id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    operation_type: 'create',
    file_path: `in/${index}.jpg`,
    volume_name: volume,
    svm_name: 'svm1',
    timestamp: '2025-01-02T03:04:05.000Z',
    file_size: 1,
  }),
});

function handlerWith(logger = createRecordingLogger()) {
  return createHandler({
    publish: createBusPublisher(new EventBridgeClient({}), BUS),
    logger,
    now: () => new Date('2025-01-02T03:04:06.000Z'),
  });
}

describe('bridge handler', () => {
  beforeEach(() => {
    eventBridge.reset();
  });

  it('publishes every record to the bus with the pattern source and detail-type', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'a' }, { EventId: 'b' }] });

    // Act
    const result = await handlerWith()(sample);

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    const entries = eventBridge.commandCalls(PutEventsCommand)[0]!.args[0].input.Entries!;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      EventBusName: BUS,
      Source: 'fsxn.fpolicy',
      DetailType: 'FPolicy File Operation',
    });
    expect(JSON.parse(entries[1]!.Detail!)).toMatchObject({
      operation_type: 'rename',
      previous_path: 'incoming/boot.jpg',
    });
  });

  it('maps PutEvents partial failures back to their SQS message ids', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'a' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }, { EventId: 'c' }],
    });
    const records = [record('m-0', 0), record('m-1', 1), record('m-2', 2)];

    // Act
    const result = await handlerWith()({ Records: records });

    // Assess
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
  });

  it('splits more than ten records into several PutEvents calls', async () => {
    // Prepare
    eventBridge
      .on(PutEventsCommand)
      .callsFake(async (input: { Entries: unknown[] }) => ({ Entries: input.Entries.map(() => ({ EventId: 'x' })) }));
    const records = Array.from({ length: 13 }, (_, index) => record(`m-${index}`, index));

    // Act
    const result = await handlerWith()({ Records: records });

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    expect(eventBridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries?.length)).toEqual([
      10, 3,
    ]);
  });

  it('splits by bytes as EventBridge counts them, and fails an event too large on its own without a call', async () => {
    // Prepare: ten 30 KB events exceed one call's 256 KiB; a 300 KB event fits no call.
    eventBridge
      .on(PutEventsCommand)
      .callsFake(async (input: { Entries: unknown[] }) => ({ Entries: input.Entries.map(() => ({ EventId: 'x' })) }));
    const records = Array.from({ length: 10 }, (_, index) => record(`m-${index}`, index, 'v'.repeat(30_000)));
    records.push(record('huge', 99, 'v'.repeat(300_000)));

    // Act
    const result = await handlerWith()({ Records: records });

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'huge' }]);
    const calls = eventBridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries ?? []);
    expect(calls.map((entries) => entries.length)).toEqual([8, 2]);
    for (const entries of calls) {
      const bytes = entries.reduce(
        (sum, entry) => sum + 14 + Buffer.byteLength(`${entry.Source}${entry.DetailType}${entry.Detail}`, 'utf8'),
        0,
      );
      expect(bytes).toBeLessThanOrEqual(256 * 1024);
    }
  });

  it('reports every record of a chunk whose PutEvents call failed', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).rejects(new Error('ThrottlingException'));
    const logger = createRecordingLogger();

    // Act
    const result = await handlerWith(logger)({ Records: [record('m-0', 0), record('m-1', 1)] });

    // Assess
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(['m-0', 'm-1']);
    expect(logger.lines[0]?.attributes.reason).toBe('ThrottlingException');
  });

  it('fails invalid bodies individually and still publishes the valid ones', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).resolves({ Entries: [{ EventId: 'a' }] });
    const logger = createRecordingLogger();

    // Act
    const result = await handlerWith(logger)({
      Records: [
        { messageId: 'bad', body: '{"operation_type":"read"}' },
        { messageId: 'junk', body: 'not json' },
        record('ok', 1),
      ],
    });

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }, { itemIdentifier: 'junk' }]);
    expect(eventBridge.commandCalls(PutEventsCommand)[0]!.args[0].input.Entries).toHaveLength(1);
    expect(logger.lines.filter((line) => line.level === 'error')).toHaveLength(2);
  });

  it('rejects an event that is not an SQS event', async () => {
    // Act
    const result = handlerWith()({ detail: {} });

    // Assess
    await expect(result).rejects.toThrow(FileEventError);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });
});
