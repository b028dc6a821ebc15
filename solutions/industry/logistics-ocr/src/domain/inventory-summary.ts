/**
 * The inventory branch's run summary: what one photo adds (pallets, boxes, occupancy) and how two summaries merge.
 * Kept apart from the stage so the report bundles only this, not the labelling code.
 */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { Counts } from './counts';
import type { InventoryCounts } from './occupancy';

/** Totals of the inventory branch. */
export interface InventorySummary {
  photos: number;
  review: number;
  pallets: number;
  boxes: number;
  /** Sum of the known occupancy percentages and how many there are (mean = sum / photos measured). */
  occupancySum: number;
  occupancyMeasured: number;
  byStatus: Counts;
}

/** What one photo adds. */
export interface PhotoResult {
  counts: InventoryCounts;
  review: boolean;
}

const emptyInventory = (): InventorySummary => ({
  photos: 0,
  review: 0,
  pallets: 0,
  boxes: 0,
  occupancySum: 0,
  occupancyMeasured: 0,
  byStatus: {},
});

/** The sum of two inventory summaries. */
export function mergeInventory(a: InventorySummary, b: InventorySummary): InventorySummary {
  return {
    ...sumFields(a, b, ['photos', 'review', 'pallets', 'boxes', 'occupancyMeasured']),
    occupancySum: Math.round((a.occupancySum + b.occupancySum) * 10) / 10,
    byStatus: addCounts(a.byStatus, b.byStatus),
  };
}

/** A one-photo summary. */
export function photoSummaryOf(result: PhotoResult): InventorySummary {
  const { counts } = result;
  return {
    photos: 1,
    review: result.review ? 1 : 0,
    pallets: counts.pallets,
    boxes: counts.boxes,
    occupancySum: counts.occupancyPercent ?? 0,
    occupancyMeasured: counts.occupancyPercent === null ? 0 : 1,
    byStatus: { [counts.status]: 1 },
  };
}

/** The inventory branch's summary reducer. */
export const inventorySummary: SummaryReducer<PhotoResult, InventorySummary> = {
  empty: emptyInventory,
  add: (total, result) => mergeInventory(total, photoSummaryOf(result)),
  merge: mergeInventory,
};
