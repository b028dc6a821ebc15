/** Writes the run report and its Markdown summary, and fails a run where every work item failed. */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { CatalogRunFailedError } from '../errors';
import type { ReportEvent } from './events';
import { buildReport, type CatalogReport } from './report';
import { reportKeys } from './report-keys';

/** What the report task returns to the state machine (the execution's output). */
export interface ReportOutcome {
  reportKey: string;
  summaryKey: string;
  discovered: number;
  processed: number;
  skipped: number;
  qualityFailed: number;
  failedItems: number;
}

/** The Markdown summary of a report. */
export function renderSummary(report: CatalogReport): string {
  const rows = (['tagging', 'catalog', 'quality'] as const).map((stage) => {
    const totals = report.stages[stage];
    return `| ${stage} | ${totals.processed} | ${totals.skipped} | ${totals.failedItems} |`;
  });
  const notes = report.notes.map((note) => `- ${note.stage} \`${note.key}\`: ${note.note}`);
  const failures = report.failures.map(
    (entry) => `- ${entry.stage} \`${entry.item}\`: ${entry.error}: ${entry.message}`,
  );
  return [
    `# Retail catalog run ${report.executionId}`,
    '',
    `Discovered ${report.discovered.objects} images (${report.discovered.bytes} bytes)` +
      `${report.discovered.truncated ? ', listing truncated at MAX_OBJECTS' : ''}.`,
    `${report.qualityFailed} failed the quality rules; ${report.catalogFallbacks} catalog entries used the fallback.`,
    '',
    '| stage | processed | skipped | failed items |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Notes',
    ...(notes.length > 0 ? notes : ['- none']),
    '',
    '## Failures',
    ...(failures.length > 0 ? failures : ['- none']),
    '',
  ].join('\n');
}

/**
 * Writes `reports/.../<execution>_catalog-report.json` and `.md`. When every work item of a stage failed, it still
 * writes both (so the failures are on record) and then throws CatalogRunFailedError.
 */
export async function writeReport(
  event: ReportEvent,
  output: Pick<OutputWriter, 'bucket' | 'putJson' | 'putText'>,
): Promise<ReportOutcome> {
  const report = buildReport(event);
  const keys = reportKeys(event.executionId, event.runAt);
  const reportKey = await output.putJson(keys.report, report);
  const summaryKey = await output.putText(keys.summary, renderSummary(report), 'text/markdown');
  const stageFailedEntirely = (['tagging', 'catalog', 'quality'] as const).some(
    (stage) => event[stage].length > 0 && report.stages[stage].failedItems === event[stage].length,
  );
  if (stageFailedEntirely) {
    throw new CatalogRunFailedError(
      `Every work item of a stage failed in ${event.executionId}; see s3://${output.bucket}/${reportKey}`,
    );
  }
  return {
    reportKey,
    summaryKey,
    discovered: report.discovered.objects,
    processed: report.stages.quality.processed,
    skipped: report.stages.tagging.skipped,
    qualityFailed: report.qualityFailed,
    failedItems: report.failures.length,
  };
}
