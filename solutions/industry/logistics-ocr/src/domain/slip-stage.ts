/**
 * The slips branch: OCR each slip through the DocumentOcr port (Textract FORMS, or the DemoMode reader), build its
 * shipping record, write it under `shipments/` or, when it needs a person, under `review/shipments/`, and add it
 * to the route groups (destination region x carrier, weight totals).
 */
import { createDocumentOcr, type DocumentOcr } from '@fsxn-s3ap/shared/ai';
import { addCounts, type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { addKg, type Counts } from './counts';
import { type LogisticsSettings, loadSettings } from './settings';
import { buildShippingRecord, type ShippingRecord } from './shipping-record';

/** Suffix of every shipment record key. */
export const SHIPMENT_SUFFIX = 'shipment.json';
/** Most flagged tracking numbers a summary lists (all are counted). */
export const MAX_FLAGGED = 50;

/** Shipments of one destination region and carrier. */
export interface RouteGroup {
  region: string;
  carrier: string;
  shipments: number;
  weightKg: number;
}

/** Totals of the slips branch. */
export interface SlipSummary {
  slips: number;
  review: number;
  invalidTracking: number;
  lowConfidence: number;
  weightKg: number;
  byCarrier: Counts;
  /** Keyed `<region> <carrier>`, sorted. */
  groups: Record<string, RouteGroup>;
  /** Tracking numbers whose check digit failed (the first {@link MAX_FLAGGED}, sorted). */
  flagged: string[];
}

/** What one slip adds. */
export interface SlipResult {
  record: ShippingRecord;
  key: string;
  review: boolean;
  /** OCR confidence below ConfidenceThreshold. */
  lowConfidence: boolean;
}

const emptySlips = (): SlipSummary => ({
  slips: 0,
  review: 0,
  invalidTracking: 0,
  lowConfidence: 0,
  weightKg: 0,
  byCarrier: {},
  groups: {},
  flagged: [],
});

function mergeGroups(a: SlipSummary['groups'], b: SlipSummary['groups']): SlipSummary['groups'] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    names.map((name) => {
      const left = a[name];
      const right = b[name];
      const base = left ?? right ?? { region: '', carrier: '', shipments: 0, weightKg: 0 };
      return [
        name,
        {
          region: base.region,
          carrier: base.carrier,
          shipments: (left?.shipments ?? 0) + (right?.shipments ?? 0),
          weightKg: addKg(left?.weightKg ?? 0, right?.weightKg ?? 0),
        },
      ];
    }),
  );
}

/** The sum of two slip summaries. */
export function mergeSlips(a: SlipSummary, b: SlipSummary): SlipSummary {
  return {
    slips: a.slips + b.slips,
    review: a.review + b.review,
    invalidTracking: a.invalidTracking + b.invalidTracking,
    lowConfidence: a.lowConfidence + b.lowConfidence,
    weightKg: addKg(a.weightKg, b.weightKg),
    byCarrier: addCounts(a.byCarrier, b.byCarrier),
    groups: mergeGroups(a.groups, b.groups),
    flagged: [...new Set([...a.flagged, ...b.flagged])].sort().slice(0, MAX_FLAGGED),
  };
}

/** A one-slip summary. */
export function slipSummaryOf(result: SlipResult): SlipSummary {
  const { record } = result;
  const weightKg = record.weightKg ?? 0;
  const region = record.to?.region ?? '??';
  const carrier = record.tracking.carrier;
  const badNumber = record.tracking.format !== 'UNKNOWN' && !record.tracking.valid;
  return {
    slips: 1,
    review: result.review ? 1 : 0,
    invalidTracking: record.tracking.valid ? 0 : 1,
    lowConfidence: result.lowConfidence ? 1 : 0,
    weightKg,
    byCarrier: { [carrier]: 1 },
    groups: { [`${region} ${carrier}`]: { region, carrier, shipments: 1, weightKg } },
    flagged: badNumber ? [record.tracking.number] : [],
  };
}

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
  summary: {
    empty: emptySlips,
    add: (total, result) => mergeSlips(total, slipSummaryOf(result)),
    merge: mergeSlips,
  },
};
