/**
 * What a run of the three image steps adds up to: tag, catalog and quality counts, objects another path already
 * handled, and a few notes. One summary shape for the three steps, so one iteration's step summaries merge into one.
 */
import {
  capped,
  type ReportSection,
  type ReportSpec,
  type SummaryReducer,
  sumFields,
} from '@fsxn-s3ap/shared/workflow';

/** Notes kept per run (skips, quality failures, fallbacks); more are counted in the totals only. */
export const MAX_NOTES = 50;

/** Totals over the images one or more steps processed. */
export interface CatalogSummary {
  tagged: number;
  /** Images the labeler could not read, or too large to send it. */
  untagged: number;
  modelEntries: number;
  fallbackEntries: number;
  qualityPassed: number;
  qualityFailed: number;
  /** Step runs skipped because another path or execution holds or completed the image version. */
  skipped: number;
  notes: { key: string; note: string }[];
}

/** What one step reports for one image. */
export type StepResult =
  | { step: 'tagging'; key: string; status: 'tagged' | 'unreadable' | 'too_large'; reason?: string }
  | { step: 'catalog'; key: string; source: 'model' | 'fallback'; reason?: string }
  | { step: 'quality'; key: string; passed: boolean; reasons: string[] }
  | { step: 'skipped'; key: string; reason: string };

/** The empty summary. */
export const emptySummary = (): CatalogSummary => ({
  tagged: 0,
  untagged: 0,
  modelEntries: 0,
  fallbackEntries: 0,
  qualityPassed: 0,
  qualityFailed: 0,
  skipped: 0,
  notes: [],
});

/** The sum of two summaries; notes keep their order and stop at {@link MAX_NOTES}. */
export function mergeSummaries(a: CatalogSummary, b: CatalogSummary): CatalogSummary {
  return {
    ...sumFields(a, b, [
      'tagged',
      'untagged',
      'modelEntries',
      'fallbackEntries',
      'qualityPassed',
      'qualityFailed',
      'skipped',
    ]),
    notes: capped(a.notes, b.notes, MAX_NOTES),
  };
}

/** The summary of one step result. */
export function summaryOf(result: StepResult): CatalogSummary {
  const summary = emptySummary();
  const note = (text: string) => summary.notes.push({ key: result.key, note: text });
  switch (result.step) {
    case 'tagging':
      if (result.status === 'tagged') summary.tagged = 1;
      else {
        summary.untagged = 1;
        note(`tags ${result.status}: ${result.reason ?? ''}`);
      }
      break;
    case 'catalog':
      if (result.source === 'model') summary.modelEntries = 1;
      else {
        summary.fallbackEntries = 1;
        note(`catalog fallback: ${result.reason ?? ''}`);
      }
      break;
    case 'quality':
      if (result.passed) summary.qualityPassed = 1;
      else {
        summary.qualityFailed = 1;
        note(`quality: ${result.reasons.join('; ')}`);
      }
      break;
    default:
      summary.skipped = 1;
      note(`skipped: ${result.reason}`);
  }
  return summary;
}

/** How step results add up (the same reducer for the three steps). */
export const catalogSummary: SummaryReducer<StepResult, CatalogSummary> = {
  empty: emptySummary,
  add: (total, result) => mergeSummaries(total, summaryOf(result)),
  merge: mergeSummaries,
};

/** How the run report reads: the three steps' totals and the notes. */
export const catalogReport: ReportSpec<CatalogSummary> = {
  title: 'Retail catalog',
  summary: catalogSummary,
  sections(summary): ReportSection[] {
    const sections: ReportSection[] = [
      {
        title: 'Images',
        facts: [
          ['Tagged', summary.tagged],
          ['Not tagged (unreadable or too large)', summary.untagged],
          ['Catalog entries from the model', summary.modelEntries],
          ['Catalog entries from the fallback', summary.fallbackEntries],
          ['Passed the quality rules', summary.qualityPassed],
          ['Failed the quality rules', summary.qualityFailed],
          ['Steps skipped (handled by another path)', summary.skipped],
        ],
      },
    ];
    if (summary.notes.length > 0) {
      sections.push({ title: 'Notes', columns: ['Image', 'Note'], rows: summary.notes.map((n) => [n.key, n.note]) });
    }
    return sections;
  },
  headline: (report) =>
    `${report.processed.succeeded} images, ${report.summary.qualityFailed} failed quality, ${report.processed.failed} failed`,
};
