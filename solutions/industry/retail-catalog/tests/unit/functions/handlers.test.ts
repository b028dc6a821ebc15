import { DemoImageLabeler, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { makePng } from '../../../scripts/demo-images';
import { loadConfig, loadStreamingConfig } from '../../../src/config';
import { changeEventFor, encodeChangeEvent } from '../../../src/domain/change-event';
import { CatalogEventError, CatalogRunFailedError } from '../../../src/errors';
import { createHandler as createReport } from '../../../src/functions/report';
import { createHandler as createConsumer } from '../../../src/functions/stream-consumer';
import { createHandler as createProducer } from '../../../src/functions/stream-producer';
import { createStageHandler } from '../../../src/stage-handler';
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

describe('stage handler', () => {
  it('runs its stage for an inline item, dated by runAt', async () => {
    // Prepare
    const input = memoryInput({ 'p/a.png': png });
    const output = memoryOutput();
    const handler = createStageHandler('quality', {
      config,
      input,
      output,
      labeler: new DemoImageLabeler(),
      textGenerator: new DemoTextGenerator(),
      state: undefined,
    });
    const [item] = input.summaries();

    // Act
    const summary = await handler({ item, executionId: 'run-1', runAt: '2024-02-03T00:00:00Z' });

    // Assess
    expect(summary).toMatchObject({ stage: 'quality', objects: 1, processed: 1, qualityFailed: 0 });
    expect([...output.objects.keys()][0]).toMatch(/^out\/quality\/2024\/02\/03\//);
  });

  it('rejects an event without runAt', async () => {
    // Prepare
    const handler = createStageHandler('tagging', {
      config,
      input: memoryInput({}),
      output: memoryOutput(),
      labeler: new DemoImageLabeler(),
      textGenerator: new DemoTextGenerator(),
      state: undefined,
    });

    // Act & Assess
    await expect(handler({ item: { key: 'a.png', size: 1 }, executionId: 'x' })).rejects.toThrow(CatalogEventError);
  });
});

describe('report handler', () => {
  const discovery = { manifestKey: 'manifests/m.json', totalObjects: 2, totalBytes: 10, truncated: false };
  const summary = {
    status: 'SUCCEEDED',
    stage: 'tagging',
    objects: 1,
    processed: 1,
    skipped: 0,
    bytes: 5,
    qualityFailed: 0,
    fallbacks: 0,
    notes: [],
  };
  const failed = {
    status: 'FAILED',
    item: { key: 'b.png', size: 5 },
    error: { Error: 'AiServiceError', Cause: '{"errorMessage":"down"}' },
  };

  it('writes the report and its summary with failures listed', async () => {
    // Prepare
    const output = memoryOutput();
    const handler = createReport({ output });

    // Act
    const outcome = await handler({
      executionId: 'run-1',
      runAt: NOW.toISOString(),
      discovery,
      tagging: [summary, failed],
      catalog: [],
      quality: [],
    });

    // Assess
    expect(outcome).toMatchObject({ discovered: 2, failedItems: 1 });
    const report = output.objects.get(outcome.reportKey) as { failures: unknown[] };
    expect(report.failures).toEqual([{ stage: 'tagging', item: 'b.png', error: 'AiServiceError', message: 'down' }]);
    expect(String(output.objects.get(outcome.summaryKey))).toContain('| tagging | 1 | 0 | 1 |');
  });

  it('fails the run after writing the report when every item of a stage failed', async () => {
    // Prepare
    const output = memoryOutput();
    const handler = createReport({ output });

    // Act & Assess
    await expect(
      handler({
        executionId: 'run-2',
        runAt: NOW.toISOString(),
        discovery,
        tagging: [failed],
        catalog: [],
        quality: [],
      }),
    ).rejects.toThrow(CatalogRunFailedError);
    expect(output.objects.size).toBe(2);
  });

  it('rejects a malformed outcome', async () => {
    // Act & Assess
    await expect(
      createReport({ output: memoryOutput() })({
        executionId: 'r',
        runAt: NOW.toISOString(),
        discovery,
        tagging: [{ status: 'WHAT' }],
        catalog: [],
        quality: [],
      }),
    ).rejects.toThrow(CatalogEventError);
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
