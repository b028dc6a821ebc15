/**
 * The inventory-photo branch: labels each photo through the ImageLabeler port (Rekognition DetectLabels, or the
 * DemoMode labeler that measures the image), counts pallets and boxes and estimates shelf occupancy by the rules of
 * `occupancy.ts`, and writes the counts under `inventory-counts/` or, when they need a person, `review/inventory/`.
 */
import { createImageLabeler, type ImageLabeler, MAX_LABEL_IMAGE_BYTES } from '@fsxn-s3ap/shared/ai';
import { addCounts, type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import type { Counts } from './counts';
import { type InventoryCounts, inventoryCounts } from './occupancy';
import { type LogisticsSettings, loadSettings } from './settings';

/** Suffix of every inventory count key. */
export const COUNTS_SUFFIX = 'counts.json';
/** Labels asked for: low enough to see every candidate, the rules then weigh their confidence. */
export const LABEL_REQUEST = { minConfidence: 50, maxLabels: 50 } as const;

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
    photos: a.photos + b.photos,
    review: a.review + b.review,
    pallets: a.pallets + b.pallets,
    boxes: a.boxes + b.boxes,
    occupancySum: Math.round((a.occupancySum + b.occupancySum) * 10) / 10,
    occupancyMeasured: a.occupancyMeasured + b.occupancyMeasured,
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

/** Ports of the inventory branch. */
export interface InventoryPorts {
  labeler: ImageLabeler;
}

/** The inventory branch's stage. */
export const inventoryStage: ItemStage<PhotoResult, InventorySummary, LogisticsSettings, InventoryPorts> = {
  settings: () => loadSettings(),
  ports: () => ({ labeler: createImageLabeler() }),
  async process(object, ctx) {
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_LABEL_IMAGE_BYTES });
    const labels = await ctx.ports.labeler.detectLabels({ bytes, ...LABEL_REQUEST });
    const counts = inventoryCounts(labels, ctx.settings.boxesPerShelf);
    const reviewReasons: string[] = [];
    if (counts.status === 'UNKNOWN') reviewReasons.push('occupancy unknown: no shelf and box counts, no colours');
    if (counts.confidence < ctx.settings.confidenceThreshold) {
      reviewReasons.push(`label confidence ${counts.confidence} below ${ctx.settings.confidenceThreshold}`);
    }
    const review = reviewReasons.length > 0;
    await ctx.output.putJson(
      objectResultKey(review ? 'review/inventory' : 'inventory-counts', object, COUNTS_SUFFIX, ctx.now),
      {
        key: object.key,
        ...(object.etag === undefined ? {} : { etag: object.etag }),
        labelSource: ctx.ports.labeler.source ?? 'unknown',
        labels,
        ...counts,
        reviewReasons,
        executionId: ctx.executionId,
        processedAt: ctx.now.toISOString(),
      },
    );
    return { counts, review };
  },
  summary: {
    empty: emptyInventory,
    add: (total, result) => mergeInventory(total, photoSummaryOf(result)),
    merge: mergeInventory,
  },
};
