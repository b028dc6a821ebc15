/** The compliance report as Markdown: narrative, recommendations, findings, then each query's rows as a table. */
import type { AnalyticsValue } from '@fsxn-s3ap/shared/analytics';
import type { ComplianceReport } from './compliance';

/** A cell's text, with pipes and line breaks made table-safe. */
function cell(value: AnalyticsValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'number' ? `${+value.toFixed(4)}` : String(value);
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function table(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<AnalyticsValue | undefined>>): string[] {
  if (rows.length === 0) return ['(no rows)'];
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** Renders `report` as Markdown. */
export function renderComplianceMarkdown(report: ComplianceReport): string {
  const source = report.narrativeSource === 'model' ? `written by ${report.modelId}` : 'rule-based (no model answer)';
  const lines = [
    `# Seismic and well-log compliance: ${report.executionId}`,
    '',
    `Generated ${report.generatedAt}; anomalies beyond ${report.thresholdStd} standard deviations.`,
    '',
    `## Summary (${source})`,
    '',
    report.narrative,
    '',
    '## Recommendations',
    '',
    ...(report.recommendations.length > 0 ? report.recommendations.map((item) => `- ${item}`) : ['- none']),
    '',
    '## Findings',
    '',
    ...table(
      ['Severity', 'Subject', 'Detail'],
      report.findings.map((finding) => [finding.severity, finding.subject, finding.detail]),
    ),
  ];
  for (const [name, rows] of Object.entries(report.rows)) {
    const columns = Object.keys(rows[0] ?? {});
    lines.push(
      '',
      `## Query ${name}`,
      '',
      ...table(
        columns,
        rows.map((row) => columns.map((column) => row[column])),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
