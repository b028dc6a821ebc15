/**
 * Builds the next snapshot while the listing is merged. Key ranges of the previous shards that did not change keep
 * their shard object; changed ranges are written as new shards (new generation keys, so the stored snapshot stays
 * intact until the root is replaced). `commit` writes the root and is called only once the events were accepted.
 */
import { compareKeys } from './key-order';
import type { ListingDiff, SnapshotEntry } from './listing-merge';
import { encodeSnapshot, type ShardRef, SNAPSHOT_VERSION, type SnapshotHeader } from './snapshot-codec';
import { rootKeyOf, type SnapshotStore } from './snapshot-store';

/** Entries per shard; a snapshot up to this size lives inline in its root object (one GET per tick). */
export const SHARD_ENTRIES = 20_000;

/** What the writer produced. */
export interface WriteSummary {
  shardsWritten: number;
  rootWritten: boolean;
  shardsRemoved: number;
}

/** One tick's snapshot writer; `previous` is undefined when rebuilding (every range then counts as changed). */
export class SnapshotWriter {
  private readonly ranges: ShardRef[];
  private readonly dirty: boolean[];
  private range = 0;
  private current: SnapshotEntry[] = [];
  private pending: SnapshotEntry[] = [];
  private readonly refs: ShardRef[] = [];
  private changed: boolean;
  private written = 0;

  constructor(
    private readonly store: SnapshotStore,
    private readonly prefix: string,
    private readonly scope: string,
    private readonly previous: SnapshotHeader | undefined,
    private readonly shardEntries = SHARD_ENTRIES,
  ) {
    this.ranges = previous?.shards ?? [];
    this.dirty = this.ranges.map(() => previous === undefined);
    this.changed = previous === undefined;
  }

  /** The index of the previous range holding `key` (0 before the first shard's first key). */
  private rangeOf(key: string): number {
    let low = 0;
    let high = this.ranges.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (compareKeys((this.ranges[middle] as ShardRef).firstKey, key) <= 0) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private generation(): number {
    return (this.previous?.generation ?? 0) + 1;
  }

  private async writeShard(entries: SnapshotEntry[]): Promise<void> {
    const key = `${this.prefix}shards/${this.generation()}-${this.refs.length}.jsonl.gz`;
    const generation = this.generation();
    const header: SnapshotHeader = {
      version: SNAPSHOT_VERSION,
      scope: this.scope,
      generation,
      shards: [],
      count: entries.length,
    };
    await this.store.write(key, encodeSnapshot(header, entries));
    this.refs.push({ key, firstKey: (entries[0] as SnapshotEntry).key, count: entries.length });
    this.written += 1;
  }

  private async flushFull(): Promise<void> {
    while (this.pending.length >= this.shardEntries * 2)
      await this.writeShard(this.pending.splice(0, this.shardEntries));
  }

  private async closeRange(): Promise<void> {
    const ref = this.ranges[this.range];
    if (ref !== undefined && !this.dirty[this.range]) {
      if (this.pending.length > 0) await this.writeShard(this.pending.splice(0));
      this.refs.push(ref);
    } else {
      this.pending.push(...this.current);
      await this.flushFull();
    }
    this.current = [];
    this.range += 1;
  }

  /** Takes one merged page: its diff (marks ranges changed) and the current entries (the next snapshot). */
  async add(entries: readonly SnapshotEntry[], diff: ListingDiff): Promise<void> {
    for (const entry of [...diff.created, ...diff.modified, ...diff.deleted]) {
      this.changed = true;
      if (this.ranges.length > 0) this.dirty[this.rangeOf(entry.key)] = true;
    }
    for (const entry of entries) {
      const target = this.ranges.length > 0 ? this.rangeOf(entry.key) : 0;
      while (this.range < target) await this.closeRange();
      if (this.ranges.length > 0 && !this.dirty[this.range]) {
        this.current.push(entry);
        continue;
      }
      this.pending.push(entry);
      if (this.pending.length >= this.shardEntries * 2) await this.flushFull();
    }
  }

  /** Writes the root (after the events were accepted); nothing when no entry changed. */
  async commit(): Promise<WriteSummary> {
    while (this.range < Math.max(this.ranges.length, 1)) await this.closeRange();
    if (!this.changed) return { shardsWritten: this.written, rootWritten: false, shardsRemoved: 0 };
    const inline = this.refs.length === 0 && this.pending.length <= this.shardEntries;
    if (!inline) {
      while (this.pending.length > 0) await this.writeShard(this.pending.splice(0, this.shardEntries));
    }
    const entries = inline ? this.pending : [];
    const header: SnapshotHeader = {
      version: SNAPSHOT_VERSION,
      scope: this.scope,
      generation: this.generation(),
      shards: this.refs,
      count: entries.length,
    };
    await this.store.write(rootKeyOf(this.prefix), encodeSnapshot(header, entries));
    const kept = new Set(this.refs.map((ref) => ref.key));
    const stale = this.ranges.filter((ref) => !kept.has(ref.key));
    for (const ref of stale) await this.store.remove(ref.key);
    return { shardsWritten: this.written, rootWritten: true, shardsRemoved: stale.length };
  }
}
