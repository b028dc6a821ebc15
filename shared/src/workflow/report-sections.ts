/** A report as sections a person reads: facts and tables, rendered to Markdown here (and to HTML by the report). */
import type { RunReport } from './run-report';
import type { Counts } from './summary-math';

/** One part of a report: label/value facts, a table, or both. */
export interface ReportSection {
  title: string;
  facts?: [label: string, value: string | number][];
  columns?: string[];
  rows?: (string | number)[][];
}

/**
 * A table of a count map (files by format, photos by grade): one row per name, in the map's key order (the kit's
 * `addCounts` keeps keys sorted), an absent count shown as 0. `countsSection('By format', ['Format', 'Files'], c)`.
 */
export function countsSection(
  title: string,
  columns: readonly [name: string, count: string],
  counts: Counts,
): ReportSection {
  return { title, columns: [...columns], rows: Object.entries(counts).map(([name, count]) => [name, count ?? 0]) };
}

/** A count map as one fact value, `pdf 3, png 1` (in key order), or `none` when it is empty. */
export function formatCounts(counts: Counts): string {
  return (
    Object.entries(counts)
      .map(([name, count]) => `${name} ${count ?? 0}`)
      .join(', ') || 'none'
  );
}

/** `1536` -> `1.5 KiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The sections every run report has: the run itself first, failures last (when there are any). */
export function runSections<T>(report: RunReport<T>, patternSections: readonly ReportSection[]): ReportSection[] {
  const { discovered, processed } = report;
  const run: ReportSection = {
    title: 'Run',
    facts: [
      ['Execution', report.executionId],
      ['Trigger', report.trigger],
      [
        'Discovered',
        `${discovered.objects} objects, ${formatBytes(discovered.bytes)}${discovered.truncated ? ' (capped by MAX_OBJECTS)' : ''}`,
      ],
      ['Processed', `${processed.succeeded} of ${processed.objects} objects, ${formatBytes(processed.bytes)}`],
      ['Failed', processed.failed],
      ['Manifest', report.manifestKey],
    ],
  };
  if (report.reason !== '') run.facts?.push(['Reason', report.reason]);
  const sections = [run, ...patternSections];
  if (report.failures.length > 0) {
    sections.push({
      title: `Failures (${processed.failed})`,
      columns: ['Item', 'Error', 'Message'],
      rows: report.failures.map((failure) => [failure.item, failure.error, failure.message]),
    });
  }
  return sections;
}

/** Markdown table cells: pipes and line breaks would break the table. */
function cell(value: string | number): string {
  return String(value).replaceAll('|', '\\|').replace(/\s+/g, ' ');
}

/** The Markdown rendering of a report's sections. */
export function renderMarkdown(title: string, generatedAt: string, sections: readonly ReportSection[]): string {
  const lines = [`# ${title}`, '', `Generated ${generatedAt}.`];
  for (const section of sections) {
    lines.push('', `## ${section.title}`, '');
    for (const [label, value] of section.facts ?? []) lines.push(`- ${label}: ${cell(value)}`);
    if (section.columns !== undefined && section.rows !== undefined) {
      if ((section.facts ?? []).length > 0) lines.push('');
      lines.push(`| ${section.columns.map(cell).join(' | ')} |`, `| ${section.columns.map(() => '---').join(' | ')} |`);
      for (const row of section.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
