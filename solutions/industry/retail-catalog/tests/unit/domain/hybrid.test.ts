import { IMAGE_STAGES } from '@fsxn-s3ap/shared/image-catalog';
import { makeJpeg } from '../../../scripts/demo-images';
import { changeEventFor, encodeChangeEvent } from '../../../src/domain/change-event';
import { consumeRecords } from '../../../src/domain/consume-records';
import { runPollingStage } from '../../../src/domain/run-stage';
import { imagePorts, MemoryDeadLetters, MemoryFileState, NOW, objectOf } from '../fakes';

const files = { 'products/bags/tote.jpg': makeJpeg(1600, 1000, 120 * 1024) };
const record = (data: Buffer) => ({
  eventId: 'shardId-0:1',
  sequenceNumber: '1',
  partitionKey: 'products',
  data,
  rawData: data.toString('base64'),
  eventSourceArn: 'arn',
  approximateArrivalTimestamp: 1,
});

async function runPolling(
  state: MemoryFileState | undefined,
  ports: ReturnType<typeof imagePorts>['ports'],
  object: ReturnType<typeof objectOf>,
) {
  const results = [];
  for (const stage of IMAGE_STAGES) {
    results.push(await runPollingStage([object], { stage, executionId: 'run-1', ports, state }));
  }
  return results;
}

describe('polling and streaming together', () => {
  it('produce identical outputs for the same file', async () => {
    // Prepare
    const polling = imagePorts(files);
    const streaming = imagePorts(files);
    const object = objectOf(polling.input, 'products/bags/tote.jpg');
    const state = new MemoryFileState();
    await state.markPending([object]);

    // Act
    await runPolling(undefined, polling.ports, object);
    await consumeRecords([record(encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)))], {
      image: streaming.ports,
      state,
      deadLetters: new MemoryDeadLetters(),
      maxRetries: 3,
      leaseSeconds: 900,
    });

    // Assess
    expect(polling.output.objects.size).toBe(3);
    expect(streaming.output.objects).toEqual(polling.output.objects);
  });

  it('skips in the stream a file the workflow processed', async () => {
    // Prepare
    const { ports, input, output } = imagePorts(files);
    const object = objectOf(input, 'products/bags/tote.jpg');
    const state = new MemoryFileState();
    await state.markPending([object]);
    await runPolling(state, ports, object);
    output.objects.clear();

    // Act
    const summary = await consumeRecords([record(encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)))], {
      image: ports,
      state,
      deadLetters: new MemoryDeadLetters(),
      maxRetries: 3,
      leaseSeconds: 900,
    });

    // Assess
    expect(summary).toMatchObject({ processed: 0, skipReasons: { duplicate: 1 } });
    expect(output.objects.size).toBe(0);
  });

  it('skips in the workflow a file the stream processed', async () => {
    // Prepare
    const { ports, input, output } = imagePorts(files);
    const object = objectOf(input, 'products/bags/tote.jpg');
    const state = new MemoryFileState();
    await state.markPending([object]);
    const consumer = { image: ports, state, deadLetters: new MemoryDeadLetters(), maxRetries: 3, leaseSeconds: 900 };
    await consumeRecords([record(encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)))], consumer);
    output.objects.clear();

    // Act
    const stages = await runPolling(state, ports, object);

    // Assess
    expect(stages.map((stage) => [stage.processed, stage.skipped])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(stages[0]?.notes).toEqual([{ key: object.key, note: 'skipped: duplicate' }]);
    expect(output.objects.size).toBe(0);
  });
});
