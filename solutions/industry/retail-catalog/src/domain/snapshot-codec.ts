/**
 * The stored form of a listing snapshot: gzip of one JSON header line, then one `[key, etag]` JSON line per object
 * in key order. A root object's header lists the shards; a small snapshot keeps its entries inline in the root.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { SnapshotCorruptError } from '../errors';
import { compareKeys } from './key-order';
import type { SnapshotEntry } from './listing-merge';

/** Format version written in every header. */
export const SNAPSHOT_VERSION = 1;

/** One shard of a sharded snapshot: its object key, first entry key and entry count. */
export interface ShardRef {
  key: string;
  firstKey: string;
  count: number;
}

/** The header of the root object. `scope` names what was listed; a different scope makes the snapshot unusable. */
export interface SnapshotHeader {
  version: number;
  scope: string;
  generation: number;
  /** Empty for an inline snapshot (its entries follow the header). */
  shards: ShardRef[];
  /** Entries following the header in this object. */
  count: number;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isShardRef(value: unknown): value is ShardRef {
  const ref = value as Partial<ShardRef> | null;
  return typeof ref === 'object' && ref !== null && isString(ref.key) && isString(ref.firstKey) && isCount(ref.count);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Encodes a header and its sorted entries. */
export function encodeSnapshot(header: SnapshotHeader, entries: readonly SnapshotEntry[]): Uint8Array {
  const lines = [JSON.stringify(header), ...entries.map((entry) => JSON.stringify([entry.key, entry.etag]))];
  return gzipSync(`${lines.join('\n')}\n`);
}

function parseLine(line: string, index: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new SnapshotCorruptError(`line ${index + 1} is not JSON`);
  }
}

function parseHeader(line: string): SnapshotHeader {
  const header = parseLine(line, 0) as Partial<SnapshotHeader> | null;
  if (typeof header !== 'object' || header === null || header.version !== SNAPSHOT_VERSION) {
    throw new SnapshotCorruptError(`line 1 is not a version ${SNAPSHOT_VERSION} snapshot header`);
  }
  const valid =
    isString(header.scope) &&
    isCount(header.generation) &&
    isCount(header.count) &&
    Array.isArray(header.shards) &&
    header.shards.every(isShardRef);
  if (!valid) throw new SnapshotCorruptError('line 1: the snapshot header has missing or malformed fields');
  return header as SnapshotHeader;
}

function parseEntry(line: string, index: number, previous: string | undefined): SnapshotEntry {
  const value = parseLine(line, index);
  if (!Array.isArray(value) || value.length !== 2 || !isString(value[0]) || !isString(value[1])) {
    throw new SnapshotCorruptError(`line ${index + 1} is not a [key, etag] pair`);
  }
  if (previous !== undefined && compareKeys(previous, value[0]) >= 0) {
    throw new SnapshotCorruptError(`line ${index + 1}: key ${JSON.stringify(value[0])} is out of order`);
  }
  return { key: value[0], etag: value[1] };
}

/** Decodes a snapshot object; throws SnapshotCorruptError with the line at fault. */
export function decodeSnapshot(bytes: Uint8Array): { header: SnapshotHeader; entries: SnapshotEntry[] } {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    throw new SnapshotCorruptError(`not a complete gzip stream (${bytes.length} bytes)`);
  }
  if (!text.endsWith('\n')) throw new SnapshotCorruptError('the last line is truncated');
  const lines = text.slice(0, -1).split('\n');
  const header = parseHeader(lines[0] ?? '');
  if (lines.length - 1 !== header.count) {
    throw new SnapshotCorruptError(
      `the header announces ${header.count} entries, the object holds ${lines.length - 1}`,
    );
  }
  const entries: SnapshotEntry[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    entries.push(parseEntry(lines[index] as string, index, entries.at(-1)?.key));
  }
  return { header, entries };
}
