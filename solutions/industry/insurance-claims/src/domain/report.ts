/**
 * How the run report reads: the photo branch's severities, the estimate branch's reconciliation, the review counts.
 * Its reducers keep each branch's counts only (the per-file digests go to the claim reports).
 */
import { type ReportSection, type ReportSpec, type RoutedSummary, routedSummary } from '@fsxn-s3ap/shared/workflow';
import {
  countsOnly,
  type EstimateCounts,
  type EstimateSummary,
  emptyEstimateCounts,
  emptyPhotoCounts,
  mergeEstimateCounts,
  mergePhotoCounts,
  type PhotoCounts,
  type PhotoSummary,
} from './claim-summary';
import { formatMinor } from './money';
import { Route } from './routes';

const reducers = {
  [Route.Photos]: {
    empty: emptyPhotoCounts,
    merge: (a: PhotoCounts, b: PhotoCounts) =>
      mergePhotoCounts(countsOnly<PhotoSummary>(a), countsOnly<PhotoSummary>(b)),
  },
  [Route.Estimates]: {
    empty: emptyEstimateCounts,
    merge: (a: EstimateCounts, b: EstimateCounts) =>
      mergeEstimateCounts(countsOnly<EstimateSummary>(a), countsOnly<EstimateSummary>(b)),
  },
};

/** The run summary: each branch's counts under its route name. */
export type ClaimsRunSummary = RoutedSummary<typeof reducers>;

const BANDS = ['none', 'minor', 'moderate', 'severe', 'critical'];

/** The report of a run. */
export const claimsReport: ReportSpec<ClaimsRunSummary> = {
  title: 'Insurance claims',
  summary: routedSummary(reducers),
  sections(summary): ReportSection[] {
    const photos = summary[Route.Photos];
    const estimates = summary[Route.Estimates];
    return [
      {
        title: 'Damage photos',
        facts: [
          ['Photos', photos.photos],
          ['Highest severity', photos.maxSeverity],
          ['Sent to review', photos.review],
          ['Narratives from rules (model unavailable)', photos.narrativeFallbacks],
        ],
        columns: ['Severity band', 'Photos'],
        rows: BANDS.map((band) => [band, photos.byBand[band] ?? 0]),
      },
      {
        title: 'Estimates',
        facts: [
          ['Estimates', estimates.estimates],
          ['Reconciled', estimates.reconciled],
          ['Totals that do not reconcile', estimates.mismatched],
          ['Sent to review', estimates.review],
          ['Holding personal data', estimates.withPii],
          ['Sum of stated totals', formatMinor(estimates.totalMinor)],
        ],
      },
    ];
  },
  headline(report) {
    const { processed, summary } = report;
    const review = summary[Route.Photos].review + summary[Route.Estimates].review;
    return `${processed.succeeded} files read, ${summary[Route.Estimates].mismatched} estimates mismatched, ${review} for review, ${processed.failed} failed`;
  },
};
