import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  formatDuration,
  type ReportModel,
  type ReportSection,
  renderReportHtml,
  sectionsFromJson,
} from '@fsxn-s3ap/shared/report-html';
import type { HistoryEvent } from './execution';
import { reportImages } from './report-images';
import { relativeHref } from './report-links';
import { timelineEntries } from './report-timeline';
import type { RunResult } from './run-result';
import { listDataFiles } from './seed';

/** The report file every run writes into its output folder. */
export const HTML_REPORT_FILE = 'report.html';

/** What the HTML report of a local run is built from. */
export interface HtmlReportInput {
  pattern: string;
  result: Pick<
    RunResult,
    | 'status'
    | 'executionName'
    | 'durationMs'
    | 'error'
    | 'cause'
    | 'failedState'
    | 'outputs'
    | 'outDir'
    | 'history'
    | 'seededObjects'
    | 'inputBucket'
    | 'notes'
  >;
  /** The folder seeded into the input access point (its images are shown). */
  dataDir?: string;
  now?: Date;
}

/** True for an output that is the pattern's JSON report (its key names a report). */
export function isJsonReport(key: string): boolean {
  return key.endsWith('.json') && /report/i.test(key);
}

function reportSections(outputs: HtmlReportInput['result']['outputs']): ReportSection[] {
  const reports = outputs.filter((output) => isJsonReport(output.key));
  return reports.flatMap((output) => {
    const name = path.posix.basename(output.key);
    try {
      const sections = sectionsFromJson(JSON.parse(readFileSync(output.localPath, 'utf8')), 'Report summary');
      // Several reports: each heading says which one it comes from.
      if (reports.length === 1) return sections;
      return sections.map((section) => ({ ...section, heading: `${section.heading} (${name})` }));
    } catch (error) {
      return [{ heading: name, blocks: [{ kind: 'text', text: `not readable as JSON: ${(error as Error).message}` }] }];
    }
  });
}

/** The report model of a local run: outcome, timeline, the pattern's JSON report, images, every output. */
export function buildReportModel(input: HtmlReportInput): ReportModel {
  const { result } = input;
  const ok = result.status === 'SUCCEEDED';
  const facts: [string, string | number][] = [
    ['Execution', result.executionName],
    ['Duration', formatDuration(result.durationMs)],
    [`Objects seeded into ${result.inputBucket}`, result.seededObjects],
    ['Outputs written', result.outputs.length],
  ];
  if (!ok)
    facts.push(
      ['Failed state', result.failedState ?? '?'],
      ['Error', `${result.error ?? 'error'}: ${result.cause ?? ''}`],
    );
  for (const note of result.notes) facts.push(['Note', note]);
  const seeded = input.dataDir && existsSync(input.dataDir) ? listDataFiles(input.dataDir) : [];
  const history = path.join(result.outDir, 'history.json');
  return {
    title: `${input.pattern}: ${result.executionName}`,
    outcome: { status: result.status, ok, facts },
    timeline: timelineEntries(result.history as HistoryEvent[]),
    sections: reportSections(result.outputs),
    images: reportImages(seeded, result.outputs, result.outDir),
    outputs: [
      ...result.outputs.map((output) => ({
        label: `s3://${output.bucket}/${output.key}`,
        href: relativeHref(result.outDir, output.localPath),
        bytes: existsSync(output.localPath) ? statSync(output.localPath).size : undefined,
      })),
      ...(existsSync(history) ? [{ label: 'history.json (execution history)', href: 'history.json' }] : []),
    ],
    generatedAt: (input.now ?? new Date()).toISOString(),
  };
}

/** Writes `<outDir>/report.html` for a local run and returns its path. */
export function writeHtmlReport(input: HtmlReportInput): string {
  const file = path.join(input.result.outDir, HTML_REPORT_FILE);
  writeFileSync(file, renderReportHtml(buildReportModel(input)));
  return file;
}
