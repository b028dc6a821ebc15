/**
 * The inventory-photo branch: labels each photo through the ImageLabeler port (Rekognition DetectLabels, or the
 * DemoMode labeler that measures the image), counts pallets and boxes and estimates shelf occupancy by the rules of
 * `occupancy.ts`, and writes the counts under `inventory-counts/` or, when they need a person, `review/inventory/`.
 */
import { createImageLabeler, type ImageLabeler, MAX_LABEL_IMAGE_BYTES } from '@fsxn-s3ap/shared/ai';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type InventorySummary, inventorySummary, type PhotoResult } from './inventory-summary';
import { inventoryCounts } from './occupancy';
import { type LogisticsSettings, loadSettings } from './settings';

/** Suffix of every inventory count key. */
export const COUNTS_SUFFIX = 'counts.json';
/** Labels asked for: low enough to see every candidate, the rules then weigh their confidence. */
export const LABEL_REQUEST = { minConfidence: 50, maxLabels: 50 } as const;

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
  summary: inventorySummary,
};
