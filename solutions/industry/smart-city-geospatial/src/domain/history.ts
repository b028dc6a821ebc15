/**
 * Change detection against the land-use history: the latest observation of the same area before this one, the L1
 * distance between their class shares, and `changed` when it exceeds the threshold (0.15 by default).
 */
import { type ClassShares, l1Distance } from './land-use';

/** One stored observation of an area. */
export interface HistoryRecord {
  areaId: string;
  /** ISO 8601; the table's sort key. */
  observedAt: string;
  shares: ClassShares;
  sourceKey: string;
}

/** Port: the LandUseHistoryTable (area id + timestamp). */
export interface HistoryStore {
  /** The latest record of `areaId` strictly before `observedAt`, if any. */
  previous(areaId: string, observedAt: string): Promise<HistoryRecord | undefined>;
  put(record: HistoryRecord): Promise<void>;
}

/** What change detection found for one observation. */
export interface ChangeResult {
  previousObservedAt?: string;
  l1?: number;
  threshold: number;
  changed: boolean;
}

/** Compares with the previous observation, then records this one (idempotent: same key, same item). */
export async function detectChange(
  store: HistoryStore,
  record: HistoryRecord,
  threshold: number,
): Promise<ChangeResult> {
  const previous = await store.previous(record.areaId, record.observedAt);
  await store.put(record);
  if (previous === undefined) return { threshold, changed: false };
  const l1 = Math.round(l1Distance(previous.shares, record.shares) * 1e4) / 1e4;
  return { previousObservedAt: previous.observedAt, l1, threshold, changed: l1 > threshold };
}

/** An in-memory store (tests, and the local demo when no table is named). */
export function memoryHistoryStore(records: HistoryRecord[] = []): HistoryStore & { records: HistoryRecord[] } {
  return {
    records,
    async previous(areaId, observedAt) {
      return records
        .filter((r) => r.areaId === areaId && r.observedAt < observedAt)
        .sort((a, b) => a.observedAt.localeCompare(b.observedAt))
        .at(-1);
    },
    async put(record) {
      const at = records.findIndex((r) => r.areaId === record.areaId && r.observedAt === record.observedAt);
      if (at >= 0) records.splice(at, 1);
      records.push(record);
    },
  };
}
