/**
 * What each branch returns per batch: counts for the run report, and one small digest per file (no personal data)
 * that the claim-report step groups by claim. The run report's reducers keep the counts only, so its size does not
 * grow with the number of files.
 */
import { addCounts, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { SeverityBand } from './severity-rules';

/** A damage photo, as the claim report lists it. */
export interface PhotoDigest {
  claimId: string;
  key: string;
  resultKey: string;
  severity: number;
  band: SeverityBand;
  rule: string;
  primary?: string;
  review: boolean;
  narrativeSource: 'model' | 'fallback';
}

/** An estimate, as the claim report lists it (money in minor units). */
export interface EstimateDigest {
  claimId: string;
  key: string;
  resultKey: string;
  totalMinor?: number;
  labourMinor: number;
  partsMinor: number;
  reconciled: boolean;
  findings: string[];
  review: boolean;
  containsPii: boolean;
}

/** The photo branch's counts. */
export interface PhotoCounts {
  photos: number;
  review: number;
  byBand: Record<string, number>;
  maxSeverity: number;
  narrativeFallbacks: number;
}

/** The estimate branch's counts. */
export interface EstimateCounts {
  estimates: number;
  reconciled: number;
  mismatched: number;
  review: number;
  withPii: number;
  totalMinor: number;
}

export type PhotoSummary = PhotoCounts & { files: PhotoDigest[] };
export type EstimateSummary = EstimateCounts & { files: EstimateDigest[] };

export const emptyPhotoCounts = (): PhotoCounts => ({
  photos: 0,
  review: 0,
  byBand: {},
  maxSeverity: 0,
  narrativeFallbacks: 0,
});

export function mergePhotoCounts(a: PhotoCounts, b: PhotoCounts): PhotoCounts {
  return {
    ...sumFields(a, b, ['photos', 'review', 'narrativeFallbacks']),
    byBand: addCounts(a.byBand, b.byBand),
    maxSeverity: Math.max(a.maxSeverity, b.maxSeverity),
  };
}

export const emptyEstimateCounts = (): EstimateCounts => ({
  estimates: 0,
  reconciled: 0,
  mismatched: 0,
  review: 0,
  withPii: 0,
  totalMinor: 0,
});

export function mergeEstimateCounts(a: EstimateCounts, b: EstimateCounts): EstimateCounts {
  return sumFields(a, b, ['estimates', 'reconciled', 'mismatched', 'review', 'withPii', 'totalMinor']);
}

/** The counts of one photo. */
export function photoCountsOf(digest: PhotoDigest): PhotoCounts {
  return {
    photos: 1,
    review: digest.review ? 1 : 0,
    byBand: { [digest.band]: 1 },
    maxSeverity: digest.severity,
    narrativeFallbacks: digest.narrativeSource === 'fallback' ? 1 : 0,
  };
}

/** The counts of one estimate. */
export function estimateCountsOf(digest: EstimateDigest): EstimateCounts {
  return {
    estimates: 1,
    reconciled: digest.reconciled ? 1 : 0,
    mismatched: digest.reconciled ? 0 : 1,
    review: digest.review ? 1 : 0,
    withPii: digest.containsPii ? 1 : 0,
    totalMinor: digest.totalMinor ?? 0,
  };
}

/** The counts of a summary, without its digests (what the run report keeps). */
export function countsOnly<T extends { files: unknown[] }>(summary: T | Omit<T, 'files'>): Omit<T, 'files'> {
  const { files: _files, ...counts } = summary as T;
  return counts;
}
