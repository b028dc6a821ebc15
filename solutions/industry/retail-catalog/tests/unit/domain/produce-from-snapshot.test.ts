import { gzipSync } from 'node:zlib';
import type { ChangeEvent } from '../../../src/domain/change-event';
import { produceFromSnapshot } from '../../../src/domain/produce-from-snapshot';
import { rootKeyOf } from '../../../src/domain/snapshot-store';
import { StreamPublishError } from '../../../src/errors';
import { MemoryFileState, memoryInput, NOW } from '../fakes';
import { MemorySnapshotStore } from '../memory-snapshot';

const PREFIX = 'snapshots/p/';
const settings = { prefix: '', suffixes: [], reconcileLimit: 100, snapshotPrefix: PREFIX };

function publisher(reject: (event: ChangeEvent) => boolean = () => false) {
  const published: ChangeEvent[] = [];
  return {
    published,
    async publish(events: readonly ChangeEvent[]) {
      published.push(...events.filter((event) => !reject(event)));
      return events.filter(reject);
    },
  };
}

const name = (i: number) => `p/${String(i).padStart(5, '0')}.jpg`;
const files = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), new Uint8Array(3)]));

/** A producer over memory ports whose first tick (the rebuild) already ran. */
async function settled(count: number, shardEntries?: number) {
  const input = memoryInput(files(count));
  const state = new MemoryFileState();
  const snapshot = new MemorySnapshotStore();
  const events = publisher();
  const tick = (pub = events) =>
    produceFromSnapshot({ input, state, snapshot, publisher: pub, now: NOW }, { ...settings, shardEntries });
  await tick();
  events.published.length = 0;
  snapshot.resetCounts();
  state.reads = 0;
  return { input, state, snapshot, events, tick };
}

const byType = (events: ChangeEvent[], type: string) => events.filter((e) => e.eventType === type).map((e) => e.key);

describe('produceFromSnapshot', () => {
  it('rebuilds a missing snapshot from the state table, then a no-change tick reads one object and no table item', async () => {
    // Prepare
    const { input, state, snapshot, events, tick } = await settled(30);
    const listCalls = input.calls.list;

    // Act
    const summary = await tick();

    // Assess
    expect(summary).toMatchObject({ listed: 30, created: 0, modified: 0, deleted: 0, published: 0 });
    expect(summary.snapshot).toMatchObject({ mode: 'merge', rootWritten: false, shardsWritten: 0 });
    expect(snapshot).toMatchObject({ reads: 1, writes: 0 });
    expect(input.calls.list - listCalls).toBe(1);
    expect(state.reads).toBe(0);
    expect(events.published).toEqual([]);
  });

  it('finds every created, modified and deleted key in one tick and writes the table only for them', async () => {
    // Prepare
    const { input, state, snapshot, events, tick } = await settled(30);
    input.files[name(3)] = new Uint8Array(5);
    delete input.files[name(7)];
    delete input.files[name(29)];
    input.files['p/zz-new.jpg'] = new Uint8Array(1);
    const markPending = jest.spyOn(state, 'markPending');

    // Act
    const summary = await tick();

    // Assess
    expect(summary).toMatchObject({ created: 1, modified: 1, deleted: 2, published: 4 });
    expect(byType(events.published, 'CREATED')).toEqual(['p/zz-new.jpg']);
    expect(byType(events.published, 'MODIFIED')).toEqual([name(3)]);
    expect(byType(events.published, 'DELETED')).toEqual([name(7), name(29)]);
    expect(markPending.mock.calls.flatMap(([objects]) => objects.map((o) => o.key)).sort()).toEqual([
      name(3),
      'p/zz-new.jpg',
    ]);
    expect(state.items.get(name(7))?.status).toBe('deleted');
    expect(state.reads).toBe(0);
    expect(snapshot).toMatchObject({ reads: 1, writes: 1 });
    expect((await tick()).published).toBe(0);
  });

  it('puts the events of a tick in full batches of 500, one PutRecords request each', async () => {
    // Prepare
    const { input, tick } = await settled(1300);
    for (let i = 0; i < 1200; i += 1) input.files[name(i)] = new Uint8Array(7);
    const batches: number[] = [];
    const counting = publisher();
    const publish = counting.publish.bind(counting);
    counting.publish = async (events) => {
      batches.push(events.length);
      return publish(events);
    };

    // Act
    const summary = await tick(counting);

    // Assess
    expect(summary.modified).toBe(1200);
    expect(batches).toEqual([500, 500, 200]);
  });

  it('keeps the old snapshot when the stream rejects events, so the next tick emits them again', async () => {
    // Prepare
    const { input, tick } = await settled(5);
    input.files['p/new.jpg'] = new Uint8Array(1);
    const rejecting = publisher(() => true);

    // Act & Assess
    await expect(tick(rejecting)).rejects.toThrow(StreamPublishError);
    const retry = publisher();
    const summary = await tick(retry);
    expect(retry.published.map((event) => event.key)).toEqual(['p/new.jpg']);
    expect(summary.snapshot.rootWritten).toBe(true);
  });

  it.each([
    ['garbage bytes', new Uint8Array([1, 2, 3])],
    ['an empty object', new Uint8Array()],
    ['a header of another version', gzipSync('{"version":9}\n')],
  ])('rebuilds from the table when the root is %s, without throwing or re-emitting', async (_what, bytes) => {
    // Prepare
    const { input, snapshot, events, tick } = await settled(10);
    snapshot.objects.set(rootKeyOf(PREFIX), bytes);
    delete input.files[name(4)];

    // Act
    const summary = await tick();

    // Assess
    expect(summary.snapshot).toMatchObject({ mode: 'rebuild', rootWritten: true });
    expect(summary.snapshot.rebuildReason).toMatch(/^SnapshotCorruptError: /);
    expect(events.published.map((event) => `${event.eventType} ${event.key}`)).toEqual([`DELETED ${name(4)}`]);
    expect((await tick()).snapshot.mode).toBe('merge');
  });

  it('rebuilds when the prefix or suffix filter changed', async () => {
    // Prepare
    const { input, state, snapshot } = await settled(4);

    // Act
    const summary = await produceFromSnapshot(
      { input, state, snapshot, publisher: publisher(), now: NOW },
      { ...settings, suffixes: ['.jpg'] },
    );

    // Assess
    expect(summary.snapshot.rebuildReason).toMatch(/not {"prefix":"","suffixes":\[".jpg"\]}/);
  });

  it('rewrites only the shards whose key range changed and removes the shards it replaced', async () => {
    // Prepare
    const { input, snapshot, events, tick } = await settled(100, 10);
    const shardsBefore = [...snapshot.objects.keys()].filter((key) => key.includes('/shards/'));
    input.files[name(55)] = new Uint8Array(9);

    // Act
    const summary = await tick();
    const again = await tick();

    // Assess
    expect(shardsBefore).toHaveLength(10);
    expect(summary).toMatchObject({ modified: 1, snapshot: { shardsRead: 10, shardsWritten: 1, shardsRemoved: 1 } });
    expect(events.published.map((event) => event.key)).toEqual([name(55)]);
    expect(again).toMatchObject({ published: 0, snapshot: { rootWritten: false, shardsWritten: 0 } });
  });

  it('rebuilds when a shard is missing, finding the changes from the table', async () => {
    // Prepare
    const { input, snapshot, events, tick } = await settled(40, 10);
    const [shard] = [...snapshot.objects.keys()].filter((key) => key.includes('/shards/')).sort();
    snapshot.objects.delete(shard as string);
    input.files['p/zz.jpg'] = new Uint8Array(2);

    // Act
    const summary = await tick();

    // Assess
    expect(summary.snapshot.rebuildReason).toMatch(/shard .* is missing/);
    expect(events.published.map((event) => event.key)).toEqual(['p/zz.jpg']);
  });
});
