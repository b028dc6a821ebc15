/** A table cell: rendered as text (numbers and booleans too); null and undefined render as an empty cell. */
export type ReportCell = string | number | boolean | null | undefined;

/** A table with a header row. Rows shorter than `columns` are padded with empty cells. */
export interface ReportTable {
  kind: 'table';
  caption?: string;
  columns: readonly string[];
  rows: readonly (readonly ReportCell[])[];
}

/** Name/value pairs, rendered as a two-column definition list. */
export interface ReportKeyValues {
  kind: 'key-values';
  caption?: string;
  entries: readonly (readonly [string, ReportCell])[];
}

/** A paragraph of plain text. */
export interface ReportText {
  kind: 'text';
  text: string;
}

/** One block of a section. */
export type ReportBlock = ReportTable | ReportKeyValues | ReportText;

/** A titled group of blocks (one per part of the pattern's JSON report, for instance). */
export interface ReportSection {
  heading: string;
  blocks: readonly ReportBlock[];
}

/** How an entry of the timeline ended. */
export type TimelineStatus = 'succeeded' | 'failed' | 'running';

/**
 * One bar of the timeline: a state (or a group of iterations) from `startMs` to `endMs`, in milliseconds from
 * any common origin (the renderer aligns the earliest start to the left edge).
 */
export interface TimelineEntry {
  label: string;
  startMs: number;
  endMs: number;
  status: TimelineStatus;
  /** Extra text after the duration, e.g. "8 runs, p50 412 ms". */
  detail?: string;
}

/** A file the run wrote, linked by a relative URL (or shown as text when `href` is absent or unsafe). */
export interface ReportOutput {
  label: string;
  href?: string;
  bytes?: number;
}

/** The verdict of a check on one image. */
export interface ImageVerdict {
  passed: boolean;
  reasons: readonly string[];
}

/** An input image with what the run said about it. `src` is a data:image URI or a relative URL. */
export interface ReportImage {
  name: string;
  src?: string;
  tags: readonly string[];
  verdict?: ImageVerdict;
  /** Further facts (title, format, size...). */
  facts?: readonly (readonly [string, ReportCell])[];
}

/** The outcome at the top of the report. */
export interface ReportOutcome {
  status: string;
  /** True when the run succeeded: drives the colour of the outcome banner. */
  ok: boolean;
  summary?: string;
  facts?: readonly (readonly [string, ReportCell])[];
}

/** Everything one HTML report shows, in order: outcome, timeline, sections, images, outputs. */
export interface ReportModel {
  title: string;
  outcome: ReportOutcome;
  timeline: readonly TimelineEntry[];
  sections: readonly ReportSection[];
  images: readonly ReportImage[];
  outputs: readonly ReportOutput[];
  /** Shown in the footer, e.g. an ISO timestamp. */
  generatedAt?: string;
}
