import { makeJpeg } from '../../../scripts/demo-images';
import { changeEventFor, encodeChangeEvent } from '../../../src/domain/change-event';
import { consumeRecords } from '../../../src/domain/consume-records';
import { imagePorts, MemoryDeadLetters, MemoryFileState, NOW, objectOf } from '../fakes';
import { runSteps } from '../polling';

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

describe('polling and streaming together', () => {
  it('produce identical outputs for the same file', async () => {
    // Prepare
    const polling = imagePorts(files);
    const streaming = imagePorts(files);
    const object = objectOf(polling.input, 'products/bags/tote.jpg');
    const state = new MemoryFileState();
    await state.markPending([object]);

    // Act
    await runSteps(object, polling.ports, undefined);
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
    await runSteps(object, ports, state);
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
    const steps = await runSteps(object, ports, state);

    // Assess
    expect(steps).toEqual([
      { step: 'skipped', key: object.key, reason: 'duplicate' },
      { step: 'skipped', key: object.key, reason: 'not claimed by this execution' },
      { step: 'skipped', key: object.key, reason: 'not claimed by this execution' },
    ]);
    expect(output.objects.size).toBe(0);
  });
});
