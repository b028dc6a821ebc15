import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { FileEvent } from '../../../src/domain/file-event';
import { EnqueueError } from '../../../src/errors';
import { createSqsBatcher } from '../../../src/server/sqs-batcher';
import { createRecordingLogger } from '../../support/recording-logger';

const sqs = mockClient(SQSClient);
const QUEUE = 'https://sqs.local/123/q';

const event = (index: number): FileEvent => ({
  event_id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  operation_type: 'write',
  file_path: `f/${index}`,
  volume_name: 'vol1',
  svm_name: 'svm1',
  timestamp: '2025-01-01T00:00:00.000Z',
  file_size: 1,
});

const ids = (entries: { MessageBody?: string }[] | undefined) =>
  (entries ?? []).map((entry) => (JSON.parse(entry.MessageBody ?? '{}') as FileEvent).file_path);

function batcher(overrides: Partial<Parameters<typeof createSqsBatcher>[0]> = {}) {
  return createSqsBatcher({
    client: new SQSClient({}),
    queueUrl: QUEUE,
    logger: createRecordingLogger(),
    sleep: async () => {},
    lingerMs: 1,
    ...overrides,
  });
}

describe('createSqsBatcher', () => {
  beforeEach(() => {
    sqs.reset();
  });

  it('sends 25 events as batches of 10, 10 and 5', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).callsFake(async (input: { Entries: { Id: string }[] }) => ({
      Successful: input.Entries.map(({ Id }) => ({ Id })),
      Failed: [],
    }));
    const sink = batcher();

    // Act
    await Promise.all(Array.from({ length: 25 }, (_, index) => sink.enqueue(event(index))));

    // Assess
    const calls = sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input.Entries?.length);
    expect(calls).toEqual([10, 10, 5]);
    expect(sqs).toHaveReceivedCommandWith(SendMessageBatchCommand, { QueueUrl: QUEUE });
  });

  it('retries only the entries SQS reports as failed', async () => {
    // Prepare
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({
        Successful: [{ Id: '0', MessageId: 'm', MD5OfMessageBody: '' }],
        Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }],
      })
      .resolves({ Successful: [{ Id: '0', MessageId: 'm', MD5OfMessageBody: '' }], Failed: [] });
    const sink = batcher();

    // Act
    await Promise.all([sink.enqueue(event(1)), sink.enqueue(event(2))]);

    // Assess
    const calls = sqs.commandCalls(SendMessageBatchCommand).map((call) => ids(call.args[0].input.Entries));
    expect(calls).toEqual([['f/1', 'f/2'], ['f/2']]);
  });

  it('retries a whole batch whose call failed, with growing backoff', async () => {
    // Prepare
    sqs
      .on(SendMessageBatchCommand)
      .rejectsOnce(new Error('socket hang up'))
      .rejectsOnce(new Error('socket hang up'))
      .resolves({ Successful: [{ Id: '0', MessageId: 'm', MD5OfMessageBody: '' }], Failed: [] });
    const waits: number[] = [];
    const sink = batcher({ sleep: async (ms) => void waits.push(ms), random: () => 1, baseDelayMs: 50 });

    // Act
    await sink.enqueue(event(1));

    // Assess
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(3);
    expect(waits).toEqual([50, 100]);
  });

  it('rejects and logs an entry SQS refuses as the sender fault, without retrying it', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [],
      Failed: [{ Id: '0', Code: 'InvalidMessageContents', Message: 'bad char', SenderFault: true }],
    });
    const logger = createRecordingLogger();
    const sink = batcher({ logger });

    // Act
    const result = sink.enqueue(event(1));

    // Assess
    await expect(result).rejects.toThrow(
      new EnqueueError(`event ${event(1).event_id} refused by SQS: InvalidMessageContents: bad char`),
    );
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
    expect(logger.lines.find((line) => line.level === 'error')?.attributes.event).toEqual(event(1));
  });

  it('retries for the time budget, then journals the event and resolves', async () => {
    // Prepare: a clock that moves 1 s per attempt, a 3 s budget.
    sqs.on(SendMessageBatchCommand).rejects(new Error('ECONNREFUSED'));
    let clock = 0;
    const spilled: FileEvent[] = [];
    const sink = batcher({
      retryBudgetMs: 3000,
      sleep: async () => {
        clock += 1000;
      },
      now: () => clock,
      spill: (events) => spilled.push(...events) > 0,
    });

    // Act
    await sink.enqueue(event(1));

    // Assess
    expect(spilled).toEqual([event(1)]);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(4);
    expect(sink.outstanding).toBe(0);
  });

  it('rejects and logs the whole event when it can be neither sent nor journalled', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).rejects(new Error('AccessDenied'));
    const logger = createRecordingLogger();
    const sink = batcher({ logger, retryBudgetMs: 0, spill: () => false });

    // Act
    const result = sink.enqueue(event(1));

    // Assess
    await expect(result).rejects.toThrow(EnqueueError);
    expect(logger.lines.find((line) => line.level === 'error')?.attributes.event).toEqual(event(1));
    expect(sink.outstanding).toBe(0);
  });

  it('spills events past the in-memory cap at once', async () => {
    // Prepare: SQS never answers.
    sqs.on(SendMessageBatchCommand).callsFake(() => new Promise(() => undefined));
    const spilled: FileEvent[] = [];
    const sink = batcher({ maxQueued: 100, spill: (events) => spilled.push(...events) > 0 });

    // Act
    for (let index = 0; index < 100; index += 1) void sink.enqueue(event(index));
    await sink.enqueue(event(100));

    // Assess
    expect(spilled).toEqual([event(100)]);
    expect(sink.outstanding).toBe(100);
  });

  it('drain journals everything unsent at the deadline, in-flight entries included', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).callsFake(() => new Promise(() => undefined));
    const spilled: FileEvent[] = [];
    const sink = batcher({ spill: (events) => spilled.push(...events) > 0 });
    const pending = Array.from({ length: 25 }, (_, index) => sink.enqueue(event(index)));

    // Act
    await sink.drain(50);

    // Assess
    await expect(Promise.all(pending)).resolves.toBeDefined();
    expect(spilled.map((item) => item.file_path).sort()).toEqual(pending.map((_, i) => `f/${i}`).sort());
    expect(sink.outstanding).toBe(0);
  });

  it('flush sends a partial batch at once and resolves when nothing is outstanding', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).callsFake(async (input: { Entries: { Id: string }[] }) => ({
      Successful: input.Entries.map(({ Id }) => ({ Id })),
    }));
    const sink = batcher({ lingerMs: 60_000 });
    const pending = [sink.enqueue(event(1)), sink.enqueue(event(2))];

    // Act
    await sink.flush();

    // Assess
    expect(sink.outstanding).toBe(0);
    await expect(Promise.all(pending)).resolves.toBeDefined();
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
  });

  it('refuses an event larger than 256 KiB before queueing it', async () => {
    // Prepare
    const sink = batcher();

    // Act
    const result = sink.enqueue({ ...event(1), file_path: 'x'.repeat(300 * 1024) });

    // Assess
    await expect(result).rejects.toThrow(EnqueueError);
    expect(sink.outstanding).toBe(0);
  });
});
