/**
 * Versions of a model: its key (the object key without extension and a trailing version mark such as `_v2` or
 * `-rev3`), the counts of the version seen last, kept under `metadata/history/<model key>.json`, and the diff of a
 * new version's counts against them (types added or removed, and count changes). The history is written after the
 * diff; a version already recorded (same ETag) is diffed against the one before it, so a retried item gives the same
 * diff and rewrites nothing.
 */
import { ModelHistoryError } from '../errors';

/** One recorded version. */
export interface ModelVersion {
  sourceKey: string;
  etag: string;
  timeStamp: string;
  counts: Record<string, number>;
}

/** The history record of one model. */
export interface ModelHistory {
  modelKey: string;
  current: ModelVersion;
  previous?: ModelVersion;
}

/** How a version's counts differ from the previous version's. */
export interface CountDiff {
  /** No previous version was recorded (first sight of the model). */
  baseline: boolean;
  previousKey?: string;
  /** Entity types with more (+n) or fewer (-n) instances; types absent before or after count from 0. */
  added: Record<string, number>;
  removed: Record<string, number>;
}

/** Prefix of the history records. */
export const HISTORY_PREFIX = 'metadata/history/';

const VERSION_MARKS = ['_v', '-v', '.v', '_rev', '-rev', '.rev', '_r', '-r'];

/** The model a key belongs to: `models/tower-a_v2.ifc` -> `models/tower-a`. */
export function modelKeyOf(key: string): string {
  const dot = key.lastIndexOf('.');
  const stem = dot > key.lastIndexOf('/') ? key.slice(0, dot) : key;
  let digits = stem.length;
  while (digits > 0 && stem.charCodeAt(digits - 1) >= 0x30 && stem.charCodeAt(digits - 1) <= 0x39) digits -= 1;
  if (digits === stem.length) return stem;
  const head = stem.slice(0, digits).toLowerCase();
  const mark = VERSION_MARKS.find((candidate) => head.endsWith(candidate));
  return mark === undefined || digits - mark.length === 0 ? stem : stem.slice(0, digits - mark.length);
}

/** The history record's key of a model. */
export const historyKeyOf = (modelKey: string) => `${HISTORY_PREFIX}${modelKey}.json`;

/** The diff of `after` against `before` (undefined: a baseline, every type added). */
export function diffCounts(before: Record<string, number> | undefined, after: Record<string, number>): CountDiff {
  const added: Record<string, number> = {};
  const removed: Record<string, number> = {};
  const types = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].sort();
  for (const type of types) {
    const delta = (after[type] ?? 0) - (before?.[type] ?? 0);
    if (delta > 0) added[type] = delta;
    if (delta < 0) removed[type] = -delta;
  }
  return { baseline: before === undefined, added, removed };
}

/** Which recorded version a new one is compared with: the current, or the previous when it is the same file. */
export function baseOf(history: ModelHistory | undefined, etag: string): ModelVersion | undefined {
  if (history === undefined) return undefined;
  return history.current.etag === etag ? history.previous : history.current;
}

/** The record after `version`; undefined when it is already the current one (nothing to write). */
export function nextHistory(
  modelKey: string,
  history: ModelHistory | undefined,
  version: ModelVersion,
): ModelHistory | undefined {
  if (history?.current.etag === version.etag) return undefined;
  return { modelKey, current: version, ...(history === undefined ? {} : { previous: history.current }) };
}

const isCounts = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((count) => typeof count === 'number' && Number.isInteger(count) && count >= 0);

const isVersion = (value: unknown): value is ModelVersion => {
  const v = value as Partial<ModelVersion> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.sourceKey === 'string' &&
    typeof v.etag === 'string' &&
    isCounts(v.counts)
  );
};

/** Checks a stored record; throws ModelHistoryError naming the key. */
export function parseHistory(value: unknown, key: string): ModelHistory {
  const h = value as Partial<ModelHistory> | null;
  if (
    typeof h !== 'object' ||
    h === null ||
    !isVersion(h.current) ||
    (h.previous !== undefined && !isVersion(h.previous))
  ) {
    throw new ModelHistoryError(`${key} is not a model history record (current/previous versions with counts)`);
  }
  return h as ModelHistory;
}
