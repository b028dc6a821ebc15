/**
 * The slips branch: OCR each slip through the DocumentOcr port (Textract FORMS, or the DemoMode reader), build its
 * shipping record, write it under `shipments/` or, when it needs a person, under `review/shipments/`, and add it
 * to the route groups (destination region x carrier, weight totals).
 */
import { createDocumentOcr, type DocumentOcr } from '@fsxn-s3ap/shared/ai';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type LogisticsSettings, loadSettings } from './settings';
import { buildShippingRecord } from './shipping-record';
import { type SlipResult, type SlipSummary, slipSummary } from './slip-summary';

/** Suffix of every shipment record key. */
export const SHIPMENT_SUFFIX = 'shipment.json';

/** Ports of the slips branch. */
export interface SlipPorts {
  ocr: DocumentOcr;
}

/** The slips branch's stage. */
export const slipStage: ItemStage<SlipResult, SlipSummary, LogisticsSettings, SlipPorts> = {
  settings: () => loadSettings(),
  ports: () => ({ ocr: createDocumentOcr() }),
  async process(object, ctx) {
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: ctx.settings.maxDocumentBytes });
    const ocr = await ctx.ports.ocr.analyze({
      bytes,
      ...(ctx.deadline === undefined ? {} : { deadline: ctx.deadline }),
    });
    const record = buildShippingRecord(ocr, ctx.settings.confidenceThreshold);
    const review = record.reviewReasons.length > 0;
    const kind = review ? 'review/shipments' : 'shipments';
    const key = await ctx.output.putJson(objectResultKey(kind, object, SHIPMENT_SUFFIX, ctx.now), {
      key: object.key,
      ...(object.etag === undefined ? {} : { etag: object.etag }),
      ocrSource: ocr.source,
      pages: ocr.pages,
      ...record,
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    });
    return { record, key, review, lowConfidence: ocr.confidence < ctx.settings.confidenceThreshold };
  },
  summary: slipSummary,
};
