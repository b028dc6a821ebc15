/** Totals of a run: records by class, schedule and text source, redactions by type, review and indexing counts. */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { Classification } from './classification';
import type { ScheduleId } from './retention';

/** What one record contributes to the run summary (no personal data: types and counts only). */
export interface ArchiveFacts {
  classification: Classification;
  schedule: ScheduleId;
  source: string;
  /** Redactions by personal data type. */
  redactions: Record<string, number>;
  review: boolean;
}

/** The run summary. `indexed`/`indexFailed` come from the indexing step when OpenSearchMode is not none. */
export interface ArchiveSummary {
  records: number;
  byClassification: Partial<Record<Classification, number>>;
  bySchedule: Partial<Record<ScheduleId, number>>;
  bySource: Record<string, number>;
  redactionsByType: Record<string, number>;
  redactions: number;
  review: number;
  indexed?: number;
  indexFailed?: number;
}

export const emptyArchiveSummary = (): ArchiveSummary => ({
  records: 0,
  byClassification: {},
  bySchedule: {},
  bySource: {},
  redactionsByType: {},
  redactions: 0,
  review: 0,
});

/** The sum of two summaries (keys sorted, so any split of a run gives the same summary). */
export function mergeArchive(a: ArchiveSummary, b: ArchiveSummary): ArchiveSummary {
  const indexed = (a.indexed ?? 0) + (b.indexed ?? 0);
  const indexFailed = (a.indexFailed ?? 0) + (b.indexFailed ?? 0);
  const indexing = a.indexed === undefined && b.indexed === undefined ? {} : { indexed, indexFailed };
  return {
    ...sumFields(a, b, ['records', 'redactions', 'review']),
    byClassification: addCounts(a.byClassification, b.byClassification),
    bySchedule: addCounts(a.bySchedule, b.bySchedule),
    bySource: addCounts(a.bySource, b.bySource),
    redactionsByType: addCounts(a.redactionsByType, b.redactionsByType),
    ...indexing,
  };
}

/** One record's facts as a summary. */
export function summaryOf(facts: ArchiveFacts): ArchiveSummary {
  const redactions = Object.values(facts.redactions).reduce((sum, count) => sum + count, 0);
  return {
    records: 1,
    byClassification: { [facts.classification]: 1 },
    bySchedule: { [facts.schedule]: 1 },
    bySource: { [facts.source]: 1 },
    redactionsByType: { ...facts.redactions },
    redactions,
    review: facts.review ? 1 : 0,
  };
}

/** How record facts add up into the run summary (the report imports this, not the stage and its SDK clients). */
export const archiveReducer: SummaryReducer<ArchiveFacts, ArchiveSummary> = {
  empty: emptyArchiveSummary,
  add: (total, facts) => mergeArchive(total, summaryOf(facts)),
  merge: mergeArchive,
};
