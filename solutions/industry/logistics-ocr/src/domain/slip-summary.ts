/**
 * The slips branch's run summary: what one slip adds (carrier, route group, weight, flagged tracking number) and
 * how two summaries merge. Kept apart from the stage so the report and the plan bundle only this, not the OCR code.
 */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import { addKg, type Counts } from './counts';
import type { ShippingRecord } from './shipping-record';

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
    ...sumFields(a, b, ['slips', 'review', 'invalidTracking', 'lowConfidence']),
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

/** The slips branch's summary reducer. */
export const slipSummary: SummaryReducer<SlipResult, SlipSummary> = {
  empty: emptySlips,
  add: (total, result) => mergeSlips(total, slipSummaryOf(result)),
  merge: mergeSlips,
};
