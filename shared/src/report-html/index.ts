/**
 * Self-contained HTML reports (inline CSS and SVG, no script, no external asset): a `ReportModel` (outcome,
 * timeline, sections of tables and key-values, images with tags and verdicts, outputs) rendered to one page, for
 * a local run or a report function writing next to its JSON report.
 */
export { cellText, escapeHtml, safeUrl } from './escape';
export { humanize, MAX_TABLE_ROWS, sectionsFromJson } from './from-json';
export type {
  ImageVerdict,
  ReportBlock,
  ReportCell,
  ReportImage,
  ReportKeyValues,
  ReportModel,
  ReportOutcome,
  ReportOutput,
  ReportSection,
  ReportTable,
  ReportText,
  TimelineEntry,
  TimelineStatus,
} from './model';
export { formatBytes, renderReportHtml } from './render';
export { formatDuration, renderTimeline } from './timeline-svg';
