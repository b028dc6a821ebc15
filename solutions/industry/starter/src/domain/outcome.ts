/** The two shapes a Map item can end in: a summary from the process function, or the ASL's FAILED record. */
import type { ItemSummary } from './item-summary';

/** What the `MarkObjectFailed` Pass state produces from a Catch. */
export interface FailedItem {
  status: 'FAILED';
  /** The Map item that failed: an object summary or a manifest chunk reference. */
  item: unknown;
  /** The Catch output: `{ Error, Cause }`. */
  error: { Error?: string; Cause?: string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** True when `value` has the shape of an {@link ItemSummary}. */
export function isItemSummary(value: unknown): value is ItemSummary {
  if (!isRecord(value) || value.status !== 'SUCCEEDED' || !isRecord(value.byType)) return false;
  const counts = [value.objects, value.bytes, value.lines, value.words, value.nonUtf8Files];
  return counts.every(isCount) && Object.values(value.byType).every(isCount);
}

/** True when `value` has the shape of a {@link FailedItem}. */
export function isFailedItem(value: unknown): value is FailedItem {
  return isRecord(value) && value.status === 'FAILED' && 'item' in value && isRecord(value.error);
}

/** A readable name for the failed item: its key, or its manifest chunk. */
export function failedItemLabel(item: unknown): string {
  if (isRecord(item) && typeof item.key === 'string') return item.key;
  if (isRecord(item) && typeof item.manifestKey === 'string') {
    return `${item.manifestKey} (chunk ${String(item.chunkIndex)}, ${String(item.count)} objects)`;
  }
  return JSON.stringify(item) ?? 'unknown item';
}
