import { DemoImageLabeler, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { makePng } from '../../../scripts/demo-images';
import { loadConfig, loadStreamingConfig } from '../../../src/config';
import { changeEventFor, encodeChangeEvent } from '../../../src/domain/change-event';
import { createHandler as createConsumer } from '../../../src/functions/stream-consumer';
import { createHandler as createProducer } from '../../../src/functions/stream-producer';
import { MemoryDeadLetters, MemoryFileState, memoryInput, memoryOutput, NOW, objectOf } from '../fakes';
import { MemorySnapshotStore } from '../memory-snapshot';

const env = {
  INPUT_ACCESS_POINT: 'ap-ext-s3alias',
  STATE_TABLE_NAME: 's',
  DEAD_LETTER_TABLE_NAME: 'd',
  STREAM_ARN: 'arn:aws:kinesis:r:1:stream/x',
};
const config = loadConfig(env);
const streaming = loadStreamingConfig(env);
const png = makePng(1000, 1000, [1, 1, 1], 120 * 1024);

describe('stream consumer handler', () => {
  it('returns the failed sequence numbers as batch item failures', async () => {
    // Prepare
    const input = memoryInput({ 'p/a.png': png });
    const state = new MemoryFileState();
    const object = objectOf(input, 'p/a.png');
    await state.markPending([object]);
    const handler = createConsumer({
      config,
      streaming,
      input,
      output: memoryOutput(),
      labeler: { detectLabels: async () => Promise.reject(new Error('down')) },
      textGenerator: new DemoTextGenerator(),
      state,
      deadLetters: new MemoryDeadLetters(),
      clock: () => NOW,
    });
    const data = encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)).toString('base64');
    const event = { Records: [{ eventID: 'shardId-0:7', kinesis: { data, partitionKey: 'p', sequenceNumber: '7' } }] };

    // Act
    const response = await handler(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
  });

  it('rejects an event that is not from a Kinesis mapping', async () => {
    // Prepare
    const handler = createConsumer({
      config,
      streaming,
      input: memoryInput({}),
      output: memoryOutput(),
      labeler: new DemoImageLabeler(),
      textGenerator: new DemoTextGenerator(),
      state: new MemoryFileState(),
      deadLetters: new MemoryDeadLetters(),
      clock: () => NOW,
    });

    // Act & Assess
    await expect(handler({ detail: {} })).rejects.toThrow('Records');
  });
});

describe('stream producer handler', () => {
  it('publishes the changes of one tick', async () => {
    // Prepare
    const published: string[] = [];
    const handler = createProducer({
      config,
      streaming,
      input: memoryInput({ 'p/a.png': png }),
      state: new MemoryFileState(),
      publisher: {
        publish: async (events) => {
          published.push(...events.map((event) => event.key));
          return [];
        },
      },
      snapshot: new MemorySnapshotStore(),
      clock: () => NOW,
    });

    // Act
    const summary = await handler({});

    // Assess
    expect(summary).toMatchObject({ created: 1, published: 1 });
    expect(published).toEqual(['p/a.png']);
  });
});

describe('loadStreamingConfig', () => {
  it('names the missing variable', () => {
    // Act & Assess
    expect(() => loadStreamingConfig({ STATE_TABLE_NAME: 's' })).toThrow('DEAD_LETTER_TABLE_NAME');
  });

  it('applies the defaults', () => {
    // Act & Assess
    expect(streaming).toMatchObject({ hashBuckets: 0, reconcileLimit: 100, maxRecordRetries: 3, leaseSeconds: 900 });
    expect(config).toMatchObject({ suffixes: ['.jpg', '.jpeg', '.png', '.webp'], stateTableName: 's' });
  });
});
