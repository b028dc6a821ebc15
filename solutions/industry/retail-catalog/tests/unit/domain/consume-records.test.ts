import type { DeliveredRecord } from '@fsxn-s3ap/shared/streaming';
import fc from 'fast-check';
import { makePng } from '../../../scripts/demo-images';
import { type ChangeEvent, changeEventFor, encodeChangeEvent } from '../../../src/domain/change-event';
import { consumeRecords } from '../../../src/domain/consume-records';
import type { DeadLetterStore } from '../../../src/domain/dead-letter';
import { imagePorts, MemoryDeadLetters, MemoryFileState, NOW, objectOf } from '../fakes';

let sequence = 0;
function delivered(data: Buffer, eventId?: string): DeliveredRecord {
  sequence += 1;
  const sequenceNumber = String(sequence).padStart(10, '0');
  return {
    eventId: eventId ?? `shardId-000:${sequenceNumber}`,
    sequenceNumber,
    partitionKey: 'p',
    data,
    rawData: data.toString('base64'),
    eventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/s',
    approximateArrivalTimestamp: 1,
  };
}

function setup(files: Record<string, Uint8Array>, maxRetries = 3) {
  const { ports, input, output } = imagePorts(files);
  const state = new MemoryFileState();
  const deadLetters = new MemoryDeadLetters();
  return {
    input,
    output,
    state,
    deadLetters,
    consumer: { image: ports, state, deadLetters, maxRetries, leaseSeconds: 900 },
  };
}

const png = makePng(900, 900, [9, 9, 9]);

describe('consumeRecords', () => {
  it('processes a change once and skips its duplicate', async () => {
    // Prepare
    const { input, output, state, consumer } = setup({ 'p/a.png': png });
    const object = objectOf(input, 'p/a.png');
    await state.markPending([object]);
    const record = encodeChangeEvent(changeEventFor(object, 'CREATED', NOW));

    // Act
    const summary = await consumeRecords([delivered(record), delivered(record)], consumer);

    // Assess
    expect(summary).toMatchObject({ processed: 1, skipped: 1, skipReasons: { duplicate: 1 }, reportedFailures: [] });
    expect(state.items.get('p/a.png')?.status).toBe('completed');
    expect([...output.objects.keys()].map((key) => key.split('/')[1])).toEqual(['tags', 'catalog', 'quality']);
  });

  it('skips a stale event of an older version', async () => {
    // Prepare
    const { input, output, state, consumer } = setup({ 'p/a.png': png });
    const current = objectOf(input, 'p/a.png');
    await state.markPending([current]);
    const older = { ...current, etag: 'older', lastModified: '2020-01-01T00:00:00.000Z' };

    // Act
    const summary = await consumeRecords(
      [delivered(encodeChangeEvent(changeEventFor(older, 'MODIFIED', NOW)))],
      consumer,
    );

    // Assess
    expect(summary).toMatchObject({ processed: 0, skipReasons: { stale: 1 } });
    expect(output.objects.size).toBe(0);
  });

  it('dead-letters a malformed record once and acknowledges it', async () => {
    // Prepare
    const { deadLetters, consumer } = setup({});

    // Act
    const summary = await consumeRecords([delivered(Buffer.from('garbage'), 'shardId-000:1')], consumer);

    // Assess
    expect(summary).toMatchObject({ invalid: 1, reportedFailures: [] });
    const letter = deadLetters.entries.get('shardId-000:1');
    expect(letter?.entry).toMatchObject({
      permanent: true,
      errorName: 'ChangeEventError',
      record: { data: Buffer.from('garbage').toString('base64') },
    });
  });

  it('dead-letters a failing record and reports it until the retry budget is spent', async () => {
    // Prepare
    const { input, state, deadLetters, consumer } = setup({ 'p/a.png': png }, 2);
    const object = objectOf(input, 'p/a.png');
    consumer.image.labeler = {
      detectLabels: async () => {
        throw new Error('service down');
      },
    };
    const data = encodeChangeEvent(changeEventFor(object, 'CREATED', NOW));
    const attempt = async () => {
      await state.markPending([object]);
      return consumeRecords([delivered(data, 'shardId-000:poison')], consumer);
    };

    // Act
    const results = [await attempt(), await attempt(), await attempt()];

    // Assess
    expect(results.map((summary) => summary.reportedFailures.length)).toEqual([1, 1, 0]);
    const letter = deadLetters.entries.get('shardId-000:poison');
    expect(letter).toMatchObject({
      attempts: 3,
      entry: { fileKey: 'p/a.png', errorMessage: 'service down', permanent: false },
    });
    expect(letter?.entry.stack).toContain('service down');
    expect(state.items.get('p/a.png')?.status).toBe('failed');
  });

  it('reports records whose dead letter cannot be written, instead of dropping them', async () => {
    // Prepare: a store that refuses every write (an item over 400 KB, throttling).
    const { input, state, consumer } = setup({ 'p/a.png': png }, 3);
    const object = objectOf(input, 'p/a.png');
    consumer.image.labeler = {
      detectLabels: async () => {
        throw new Error('service down');
      },
    };
    const refusing: DeadLetterStore = {
      record: async () => {
        throw new Error('Item size has exceeded the maximum allowed size');
      },
    };
    await state.markPending([object]);
    const records = [
      delivered(Buffer.from('garbage'), 'shardId-000:1'),
      delivered(encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)), 'shardId-000:2'),
    ];

    // Act
    const summary = await consumeRecords(records, { ...consumer, deadLetters: refusing });

    // Assess
    expect(summary).toMatchObject({ invalid: 1, failed: 1, deadLetterErrors: 2 });
    expect(summary.reportedFailures).toEqual(records.map((record) => record.sequenceNumber));
  });

  it('treats a file deleted since detection as skipped', async () => {
    // Prepare
    const { state, consumer } = setup({});
    const object = { key: 'p/gone.png', size: 10, etag: 'g', lastModified: NOW.toISOString() };
    await state.markPending([object]);

    // Act
    const summary = await consumeRecords(
      [delivered(encodeChangeEvent(changeEventFor(object, 'CREATED', NOW)))],
      consumer,
    );

    // Assess
    expect(summary).toMatchObject({ skipReasons: { 'object-gone': 1 }, failed: 0 });
    expect(state.items.get('p/gone.png')?.status).toBe('deleted');
  });

  it('skips DELETED events', async () => {
    // Prepare
    const { consumer } = setup({});
    const event = changeEventFor({ key: 'x.png', size: 0, etag: 'e', lastModified: '' }, 'DELETED', NOW);

    // Act
    const summary = await consumeRecords([delivered(encodeChangeEvent(event))], consumer);

    // Assess
    expect(summary).toMatchObject({ skipped: 1, skipReasons: { 'deleted-event': 1 } });
  });

  it('processes each object once at its latest version whatever the order and duplication (property)', async () => {
    const keys = ['p/a.png', 'p/b.png', 'q/c.png'];
    const versionArb = fc.record({ key: fc.constantFrom(...keys), version: fc.integer({ min: 0, max: 2 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(versionArb, { minLength: 1, maxLength: 25 }), fc.integer(), async (picks, seed) => {
        // Prepare: the producer recorded the latest version of each key before any event was put.
        const { state, consumer } = setup(Object.fromEntries(keys.map((key) => [key, png])));
        const versionOf = (key: string, version: number) => ({
          key,
          size: png.length,
          etag: `${key}-v${version}`,
          lastModified: new Date(NOW.getTime() + version * 1000).toISOString(),
        });
        const latest = new Map<string, number>();
        for (const pick of picks) latest.set(pick.key, Math.max(latest.get(pick.key) ?? 0, pick.version));
        await state.markPending([...latest].map(([key, version]) => versionOf(key, version)));
        const events: ChangeEvent[] = picks.map((pick) =>
          changeEventFor(versionOf(pick.key, pick.version), 'MODIFIED', NOW),
        );
        const shuffled =
          fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), { seed, numRuns: 1 })[0] ?? events;
        const processed: string[] = [];
        const claim = state.claim.bind(state);
        state.claim = async (object, owner, now, lease) => {
          const result = await claim(object, owner, now, lease);
          if (result.claimed) processed.push(object.etag);
          return result;
        };

        // Act
        await consumeRecords(
          shuffled.map((event) => delivered(encodeChangeEvent(event))),
          consumer,
        );

        // Assess
        expect([...processed].sort()).toEqual([...latest].map(([key, version]) => `${key}-v${version}`).sort());
        for (const [key, version] of latest) {
          expect(state.items.get(key)).toMatchObject({ etag: `${key}-v${version}`, status: 'completed' });
        }
      }),
      { numRuns: 40 },
    );
  });
});
