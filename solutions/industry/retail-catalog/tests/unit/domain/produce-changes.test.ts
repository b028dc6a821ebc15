import type { ChangeEvent } from '../../../src/domain/change-event';
import { produceChanges } from '../../../src/domain/produce-changes';
import { StreamPublishError } from '../../../src/errors';
import { MemoryFileState, memoryInput, NOW } from '../fakes';

const settings = { prefix: '', suffixes: [], reconcileLimit: 100 };

function publisher(reject: (event: ChangeEvent) => boolean = () => false) {
  const published: ChangeEvent[] = [];
  return {
    published,
    calls: 0,
    async publish(events: readonly ChangeEvent[]) {
      this.calls += 1;
      published.push(...events.filter((event) => !reject(event)));
      return events.filter(reject);
    },
  };
}

function files(count: number): Record<string, Uint8Array> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`p/${String(i).padStart(5, '0')}.jpg`, new Uint8Array(3)]),
  );
}

describe('produceChanges', () => {
  it('publishes every new file once and nothing on the next tick', async () => {
    // Prepare
    const input = memoryInput(files(3));
    const state = new MemoryFileState();
    const events = publisher();

    // Act
    const first = await produceChanges({ input, state, publisher: events, now: NOW }, settings);
    const second = await produceChanges({ input, state, publisher: events, now: NOW }, settings);

    // Assess
    expect(first).toMatchObject({ listed: 3, created: 3, modified: 0, published: 3, failed: 0 });
    expect(second).toMatchObject({ listed: 3, created: 0, published: 0 });
    expect([...state.items.values()].every((item) => item.status === 'pending')).toBe(true);
  });

  it('detects a modified ETag as MODIFIED', async () => {
    // Prepare
    const input = memoryInput(files(2));
    const state = new MemoryFileState();
    await produceChanges({ input, state, publisher: publisher(), now: NOW }, settings);
    input.files['p/00001.jpg'] = new Uint8Array(9);
    const events = publisher();

    // Act
    const summary = await produceChanges({ input, state, publisher: events, now: NOW }, settings);

    // Assess
    expect(summary).toMatchObject({ created: 0, modified: 1, published: 1 });
    expect(events.published[0]).toMatchObject({ key: 'p/00001.jpg', eventType: 'MODIFIED', etag: 'e-p/00001.jpg-9' });
  });

  it('reads exactly the listed keys in chunks of 100 and puts events once per 500', async () => {
    // Prepare
    const input = memoryInput(files(2500));
    const state = new MemoryFileState();
    const events = publisher();

    // Act
    await produceChanges({ input, state, publisher: events, now: NOW }, settings);

    // Assess
    expect(input.calls.list).toBe(3);
    expect(state.reads).toBe(25);
    expect(events.published).toHaveLength(2500);
    expect(events.calls).toBe(5);
  });

  it('marks rejected events for the next run and fails the tick', async () => {
    // Prepare
    const input = memoryInput(files(2));
    const state = new MemoryFileState();
    const events = publisher((event) => event.key === 'p/00000.jpg');

    // Act & Assess
    await expect(produceChanges({ input, state, publisher: events, now: NOW }, settings)).rejects.toThrow(
      StreamPublishError,
    );
    expect(state.items.get('p/00000.jpg')?.status).toBe('emit_failed');
    expect(state.items.get('p/00001.jpg')?.status).toBe('pending');

    // Act: the next tick emits it again.
    const retry = publisher();
    const summary = await produceChanges({ input, state, publisher: retry, now: NOW }, settings);

    // Assess
    expect(summary.published).toBe(1);
    expect(retry.published[0]?.key).toBe('p/00000.jpg');
  });

  it('emits no event for a version another path already recorded', async () => {
    // Prepare
    const input = memoryInput(files(1));
    const state = new MemoryFileState();
    const object = { key: 'p/00000.jpg', size: 3, etag: 'e-p/00000.jpg-3', lastModified: NOW.toISOString() };
    state.getMany = async () => new Map();
    await state.claim(object, 'polling:run', NOW, 60);
    const events = publisher();

    // Act
    const summary = await produceChanges({ input, state, publisher: events, now: NOW }, settings);

    // Assess
    expect(summary.published).toBe(0);
    expect(state.items.get('p/00000.jpg')?.status).toBe('processing');
  });

  it('finds a deletion in its bounded reconciliation step', async () => {
    // Prepare
    const input = memoryInput(files(3));
    const state = new MemoryFileState();
    await produceChanges({ input, state, publisher: publisher(), now: NOW }, settings);
    delete input.files['p/00001.jpg'];
    const events = publisher();

    // Act
    const summary = await produceChanges(
      { input, state, publisher: events, now: NOW },
      { ...settings, reconcileLimit: 2 },
    );

    // Assess
    expect(summary.deleted).toBe(1);
    expect(summary.reconcile).toEqual({ scanned: 2, headChecks: 1, passCompleted: false });
    expect(events.published).toEqual([expect.objectContaining({ key: 'p/00001.jpg', eventType: 'DELETED' })]);
    expect(state.items.get('p/00001.jpg')?.status).toBe('deleted');
  });
});
