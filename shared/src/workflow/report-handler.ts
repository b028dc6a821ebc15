/**
 * The report function of every pattern: folds the Map's outcomes (from the payload or a Distributed Map's result
 * files) into the run report, writes it as JSON, Markdown and a self-contained HTML page, publishes a short summary, and fails the run when every
 * object failed (after writing, so the failures are on record).
 */
import { AllItemsFailedError } from '../errors';
import { count, nonEmptyString, parseWith } from '../schema';
import * as z from '../schema/zod';
import { type KitDeps, withDefaults } from './deps';
import { createSnsNotifier } from './notifier';
import { readOutcomes } from './outcomes';
import { renderReportPage } from './report-page';
import { type ReportSection, renderMarkdown, runSections } from './report-sections';
import { reportKeysFor } from './result-key';
import { buildRunReport, type RunReport } from './run-report';
import type { SummaryReducer } from './types';

/** How a pattern presents its run: a title, its reducer, its own sections and the notification headline. */
export interface ReportSpec<T> {
  title: string;
  summary: Pick<SummaryReducer<unknown, T>, 'empty' | 'merge'>;
  sections?(summary: T): ReportSection[];
  /** One line for the notification subject; defaults to the processed and failed counts. */
  headline?(report: RunReport<T>): string;
}

/** What the report task returns (the execution's output). */
export interface ReportOutcome {
  reportKey: string;
  summaryKey: string;
  htmlKey: string;
  objects: number;
  succeeded: number;
  failed: number;
  notified: boolean;
}

const ReportEventSchema = z.object({
  executionId: nonEmptyString(),
  discovery: z.object({
    manifestKey: nonEmptyString(),
    totalObjects: count(),
    totalBytes: count(),
    truncated: z.boolean(),
    trigger: z.optional(z.string()),
    reason: z.optional(z.string()),
  }),
  results: z.unknown(),
});

/** The report handler of a pattern; `deps` replaces production dependencies (tests). */
export function createReportHandler<T>(
  spec: ReportSpec<T>,
  deps?: Partial<KitDeps>,
): (event: unknown) => Promise<ReportOutcome> {
  const resolved = withDefaults(deps, ({ snsTopicArn }) =>
    snsTopicArn === undefined ? undefined : createSnsNotifier(snsTopicArn),
  );
  return async (event) => {
    const input = parseWith(ReportEventSchema, event, 'report event');
    const now = resolved.clock();
    const { output, kit } = resolved;
    const report = await buildRunReport(
      readOutcomes<T>(input.results, output),
      { useCase: kit.useCase, title: spec.title, executionId: input.executionId, discovery: input.discovery, now },
      spec.summary,
    );
    const keys = reportKeysFor(input.executionId, now);
    const sections = runSections(report, spec.sections?.(report.summary) ?? []);
    const reportKey = await output.putJson(keys.report, report);
    const markdown = renderMarkdown(`${spec.title}: ${input.executionId}`, report.generatedAt, sections);
    const summaryKey = await output.putText(keys.summary, markdown, 'text/markdown; charset=utf-8');
    const page = renderReportPage(report, sections, [reportKey, summaryKey]);
    const htmlKey = await output.putText(keys.html, page, 'text/html; charset=utf-8');
    const { processed } = report;
    const location = `s3://${output.bucket}/${reportKey}`;
    if (resolved.notifier !== undefined) {
      const headline = spec.headline?.(report) ?? `${processed.succeeded} processed, ${processed.failed} failed`;
      await resolved.notifier.publish(`${spec.title}: ${headline}`, `${markdown}\nReport: ${location}\n`);
    }
    if (processed.succeeded === 0 && processed.failed > 0) {
      throw new AllItemsFailedError(`All ${processed.failed} objects of ${input.executionId} failed; see ${location}`);
    }
    return { reportKey, summaryKey, htmlKey, ...processed, notified: resolved.notifier !== undefined };
  };
}
