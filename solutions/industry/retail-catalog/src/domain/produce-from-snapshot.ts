/**
 * The stream producer's tick at the listing floor: the previous listing is a snapshot in S3 that is merged page by
 * page with the new listing, so created, modified and deleted files are all found in one tick while the state table
 * is written only for the changed keys. The snapshot is replaced only after the stream accepted every event (a crash
 * before that re-emits, and the consumer's per-version claims absorb the repeat). A missing, foreign or corrupt
 * snapshot is rebuilt from the state table (the table-driven tick with a full deletion pass), never thrown.
 */
import { toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { SnapshotCorruptError, UnsortedListingError } from '../errors';
import { ChangeType, changeEventFor } from './change-event';
import { createEventBuffer } from './event-buffer';
import { type ListingDiff, ListingMerger, type SnapshotEntry } from './listing-merge';
import { assertPublished, produceChanges } from './produce-changes';
import { emptySummary, type ProducerPorts, type ProducerSettings, type ProducerSummary } from './producer-types';
import { deletionEvent } from './reconcile';
import { type OpenSnapshot, openSnapshot, type SnapshotStore } from './snapshot-store';
import { SnapshotWriter, type WriteSummary } from './snapshot-writer';

/** The producer's ports plus the snapshot's storage. */
export interface SnapshotProducerPorts extends ProducerPorts {
  snapshot: SnapshotStore;
}

/** The producer's settings plus where the snapshot lives (a key prefix ending in `/`). */
export interface SnapshotProducerSettings extends ProducerSettings {
  snapshotPrefix: string;
  /** Entries per snapshot shard (default: the writer's SHARD_ENTRIES). */
  shardEntries?: number;
}

/** What the tick did with the snapshot; `rebuildReason` is set when it had to be rebuilt. */
export interface SnapshotSummary extends ProducerSummary {
  snapshot: WriteSummary & { mode: 'merge' | 'rebuild'; rebuildReason?: string; shardsRead: number };
}

/** What the listing covers: a snapshot of another prefix or suffix filter is not compared with this listing. */
export const scopeOf = (settings: ProducerSettings) =>
  JSON.stringify({ prefix: settings.prefix, suffixes: settings.suffixes });

async function mergeTick(
  ports: SnapshotProducerPorts,
  settings: SnapshotProducerSettings,
  opened: OpenSnapshot,
): Promise<SnapshotSummary> {
  const summary = emptySummary();
  summary.reconcile.passCompleted = true;
  const merger = new ListingMerger(opened.entries);
  const writer = new SnapshotWriter(
    ports.snapshot,
    settings.snapshotPrefix,
    scopeOf(settings),
    opened.header,
    settings.shardEntries,
  );
  const events = createEventBuffer(ports, summary);
  const emitDeleted = async (diff: ListingDiff) => {
    for (const entry of diff.deleted) await ports.state.markDeleted(entry.key, entry.etag, ports.now);
    summary.deleted += diff.deleted.length;
    await events.push(diff.deleted.map((entry) => deletionEvent(entry.key, entry.etag, undefined, ports.now)));
  };
  for await (const page of ports.input.listPages({ prefix: settings.prefix, suffixes: settings.suffixes })) {
    const objects = page.map(toImageObject);
    summary.listed += objects.length;
    const entries = objects.map(({ key, etag }) => ({ key, etag }));
    const diff = await merger.page(entries);
    await writer.add(entries, diff);
    await emitDeleted(diff);
    const created = new Set(diff.created.map((entry) => entry.key));
    const changed = new Set([...created, ...diff.modified.map((entry) => entry.key)]);
    if (changed.size === 0) continue;
    const recorded = await ports.state.markPending(
      objects.filter((object) => changed.has(object.key)),
      ports.now,
    );
    const accepted = recorded.map((object) =>
      changeEventFor(object, created.has(object.key) ? ChangeType.Created : ChangeType.Modified, ports.now),
    );
    summary.created += accepted.filter((event) => event.eventType === ChangeType.Created).length;
    summary.modified += accepted.length - accepted.filter((event) => event.eventType === ChangeType.Created).length;
    await events.push(accepted);
  }
  const rest: ListingDiff = { created: [], modified: [], deleted: await merger.finish() };
  await writer.add([], rest);
  await emitDeleted(rest);
  await events.flush();
  assertPublished(summary);
  const written = await writer.commit();
  return { ...summary, snapshot: { mode: 'merge', shardsRead: opened.shardsRead(), ...written } };
}

async function rebuildTick(
  ports: SnapshotProducerPorts,
  settings: SnapshotProducerSettings,
  rebuildReason: string,
): Promise<SnapshotSummary> {
  const writer = new SnapshotWriter(
    ports.snapshot,
    settings.snapshotPrefix,
    scopeOf(settings),
    undefined,
    settings.shardEntries,
  );
  const none: ListingDiff = { created: [], modified: [], deleted: [] };
  const onPage = (objects: readonly SnapshotEntry[]) =>
    writer.add(
      objects.map(({ key, etag }) => ({ key, etag })),
      none,
    );
  const summary = await produceChanges({ ...ports, onPage }, { ...settings, fullReconcile: true });
  const written = await writer.commit();
  return { ...summary, snapshot: { mode: 'rebuild', rebuildReason, shardsRead: 0, ...written } };
}

/** One producer tick; see the module comment. Throws StreamPublishError when events stayed rejected. */
export async function produceFromSnapshot(
  ports: SnapshotProducerPorts,
  settings: SnapshotProducerSettings,
): Promise<SnapshotSummary> {
  let reason: string;
  try {
    const opened = await openSnapshot(ports.snapshot, settings.snapshotPrefix, scopeOf(settings));
    if (!('missing' in opened)) return await mergeTick(ports, settings, opened);
    reason = opened.reason;
  } catch (error) {
    if (!(error instanceof SnapshotCorruptError || error instanceof UnsortedListingError)) throw error;
    reason = `${error.name}: ${error.message}`;
  }
  return rebuildTick(ports, settings, reason);
}
