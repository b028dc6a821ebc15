/** The HTML page of a run report: the same sections as the Markdown, self-contained, next to the JSON. */
import { type ReportModel, renderReportHtml } from '../report-html';
import type { ReportSection } from './report-sections';
import type { RunReport } from './run-report';

const baseName = (key: string): string => key.slice(key.lastIndexOf('/') + 1);

/** Renders the report page; `links` are keys written beside it (linked by their file name). */
export function renderReportPage<T>(
  report: RunReport<T>,
  sections: readonly ReportSection[],
  links: readonly string[],
): string {
  const { processed } = report;
  const status =
    processed.failed === 0 ? 'SUCCEEDED' : processed.succeeded === 0 ? 'FAILED' : 'SUCCEEDED WITH FAILURES';
  const model: ReportModel = {
    title: `${report.title}: ${report.executionId}`,
    outcome: {
      status,
      ok: processed.failed === 0,
      summary: `${processed.succeeded} of ${processed.objects} objects processed, ${processed.failed} failed.`,
    },
    timeline: [],
    sections: sections.map((section) => ({
      heading: section.title,
      blocks: [
        ...(section.facts !== undefined && section.facts.length > 0
          ? [{ kind: 'key-values' as const, entries: section.facts }]
          : []),
        ...(section.columns !== undefined && section.rows !== undefined
          ? [{ kind: 'table' as const, columns: section.columns, rows: section.rows }]
          : []),
      ],
    })),
    images: [],
    outputs: links.map((key) => ({ label: key, href: baseName(key) })),
    generatedAt: report.generatedAt,
  };
  return renderReportHtml(model);
}
