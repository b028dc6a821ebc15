/** Human-readable renderings of the report: the Markdown summary and the short notification. */
import type { InventoryReport } from './report';

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

/** Markdown text cells: pipes and line breaks would break the table. */
function cell(value: string): string {
  return value.replaceAll('|', '\\|').replace(/\s+/g, ' ');
}

/** The Markdown summary written next to the JSON report. */
export function renderSummaryMarkdown(report: InventoryReport): string {
  const { discovered, inventoried, failed } = report;
  const lines = [
    `# File inventory ${report.executionId}`,
    '',
    `Generated ${report.generatedAt} from manifest \`${report.manifestKey}\`.`,
    '',
    `- Discovered: ${discovered.objects} objects, ${formatBytes(discovered.bytes)}${discovered.truncated ? ' (listing capped by MAX_OBJECTS)' : ''}`,
    `- Inventoried: ${inventoried.objects} objects, ${formatBytes(inventoried.bytes)}`,
    `- Text: ${inventoried.lines} lines, ${inventoried.words} words, ${inventoried.nonUtf8Files} files not in UTF-8`,
    `- Failed work items: ${failed.items}`,
    '',
    '| Content type | Objects |',
    '| --- | ---: |',
    ...Object.entries(inventoried.byType).map(([type, objects]) => `| ${type} | ${objects} |`),
  ];
  if (failed.entries.length > 0) {
    lines.push('', '## Failures', '', '| Item | Error | Message |', '| --- | --- | --- |');
    for (const entry of failed.entries)
      lines.push(`| ${cell(entry.item)} | ${cell(entry.error)} | ${cell(entry.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The subject and body of the run notification: short, with where to find the full report. */
export function summaryNotification(
  report: InventoryReport,
  reportLocation: string,
): { subject: string; message: string } {
  const { inventoried, failed } = report;
  const types = Object.entries(inventoried.byType)
    .map(([type, objects]) => `${type} ${objects}`)
    .join(', ');
  return {
    subject: `File inventory: ${inventoried.objects} objects, ${failed.items} failed`,
    message: [
      `Execution ${report.executionId} inventoried ${inventoried.objects} objects (${formatBytes(inventoried.bytes)}).`,
      `By type: ${types || 'none'}.`,
      `Failed work items: ${failed.items}.`,
      `Report: ${reportLocation}`,
    ].join('\n'),
  };
}
