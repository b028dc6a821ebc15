/** How the run report reads: records by class, schedule and source, redactions by type, review and indexing. */
import type { ReportSection, ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type ArchiveSummary, archiveReducer } from '../domain/archive-summary';
import { GRS_SCHEDULES, type ScheduleId } from '../domain/retention';

const rowsOf = (counts: Record<string, number | undefined>) =>
  Object.entries(counts).map(([name, count]): (string | number)[] => [name, count ?? 0]);

export const archiveReport: ReportSpec<ArchiveSummary> = {
  title: 'Government archives: classification, redaction and retention',
  summary: archiveReducer,
  sections(summary): ReportSection[] {
    const facts: [string, number][] = [
      ['Records processed', summary.records],
      ['Redactions', summary.redactions],
      ['Sent to review (low OCR confidence)', summary.review],
    ];
    if (summary.indexed !== undefined)
      facts.push(['Indexed', summary.indexed], ['Index failures', summary.indexFailed ?? 0]);
    return [
      { title: 'Records', facts },
      { title: 'By classification', columns: ['Classification', 'Records'], rows: rowsOf(summary.byClassification) },
      {
        title: 'By retention schedule',
        columns: ['NARA GRS', 'Years', 'Records'],
        rows: Object.entries(summary.bySchedule).map(([id, count]) => [
          id,
          GRS_SCHEDULES[id as ScheduleId].years,
          count ?? 0,
        ]),
      },
      { title: 'Redactions by type', columns: ['Type', 'Redactions'], rows: rowsOf(summary.redactionsByType) },
      { title: 'By text source', columns: ['Source', 'Records'], rows: rowsOf(summary.bySource) },
    ];
  },
};
