/**
 * Where the producer keeps its listing snapshot (an S3 prefix), and the reader that walks a stored snapshot in key
 * order, one shard in memory at a time.
 */
import { SnapshotCorruptError } from '../errors';
import { compareKeys } from './key-order';
import type { SnapshotEntry } from './listing-merge';
import { decodeSnapshot, type SnapshotHeader } from './snapshot-codec';

/** Object storage for the snapshot; `read` returns undefined for a missing object. */
export interface SnapshotStore {
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The root object's key below `prefix`. */
export const rootKeyOf = (prefix: string) => `${prefix}snapshot.jsonl.gz`;

/** A readable stored snapshot: its header and its entries in key order. */
export interface OpenSnapshot {
  header: SnapshotHeader;
  /** The entries in key order, one chunk (the inline entries, then each shard) at a time. */
  entries: AsyncIterator<readonly SnapshotEntry[]>;
  /** Shard objects read so far. */
  shardsRead: () => number;
}

/** Why there is no usable snapshot (the producer then rebuilds). */
export type SnapshotUnavailable = { missing: true; reason: string };

async function* walk(
  store: SnapshotStore,
  header: SnapshotHeader,
  inline: SnapshotEntry[],
  counter: { reads: number },
): AsyncGenerator<readonly SnapshotEntry[]> {
  yield inline;
  let last: string | undefined;
  for (const ref of header.shards) {
    const bytes = await store.read(ref.key);
    counter.reads += 1;
    if (bytes === undefined) throw new SnapshotCorruptError(`shard ${ref.key} is missing`);
    const { entries } = decodeSnapshot(bytes);
    if (entries.length !== ref.count || entries[0]?.key !== ref.firstKey) {
      throw new SnapshotCorruptError(`shard ${ref.key} does not match its index entry`);
    }
    if (last !== undefined && compareKeys(last, ref.firstKey) >= 0) {
      throw new SnapshotCorruptError(`shard ${ref.key} starts before the previous shard ends`);
    }
    last = entries.at(-1)?.key;
    yield entries;
  }
}

/** Opens the snapshot of `scope`; a missing root or another scope is reported, a corrupt root throws. */
export async function openSnapshot(
  store: SnapshotStore,
  prefix: string,
  scope: string,
): Promise<OpenSnapshot | SnapshotUnavailable> {
  const bytes = await store.read(rootKeyOf(prefix));
  if (bytes === undefined) return { missing: true, reason: 'no snapshot yet' };
  const { header, entries } = decodeSnapshot(bytes);
  if (header.scope !== scope) return { missing: true, reason: `the snapshot lists ${header.scope}, not ${scope}` };
  if (header.shards.length > 0 && entries.length > 0) {
    throw new SnapshotCorruptError('the root holds both shards and inline entries');
  }
  const counter = { reads: 0 };
  return { header, entries: walk(store, header, entries, counter), shardsRead: () => counter.reads };
}
