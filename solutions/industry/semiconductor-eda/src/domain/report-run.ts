/**
 * The report step: the kit's run report (with this run's DRC statistics and review findings as sections), then the
 * design review document. SNS gets the kit's summary, findings included.
 */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { datePath, type OutputWriter, sanitizeKeySegment } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { createReportHandler, type KitDeps, type ReportOutcome } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import type { EdaSettings } from '../settings';
import { narrate, renderDesignReview } from './design-review';
import type { DrcStatistics } from './drc-statistics';
import { drcSection, edaReport, findingsSection } from './eda-report';
import type { EdaSummary } from './eda-summary';
import { type Finding, reviewFindings } from './review-rules';

/** What the report step needs beyond the kit. */
export interface ReportRunDeps {
  kit: KitDeps;
  output: OutputWriter;
  text: () => TextGenerator;
  settings: () => EdaSettings;
}

const nullableNumber = z.nullable(z.number());
const DrcSchema = z.object({
  query: z.string(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      designs: z.number(),
      min: nullableNumber,
      max: nullableNumber,
      avg: nullableNumber,
      p95: nullableNumber,
    }),
  ),
  error: z.optional(z.string()),
});
const EventSchema = z.object({ executionId: nonEmptyString(), drc: z.optional(DrcSchema) });

/** `reports/YYYY/MM/DD/eda-design-review-<execution>.md`. */
export const reviewKeyFor = (executionId: string, now: Date) =>
  `reports/${datePath(now)}/eda-design-review-${sanitizeKeySegment(executionId)}.md`;

/** The handler over `deps`; the event is the kit's report event plus `drc` (the DRC step's output). */
export function createEdaReportHandler(deps: ReportRunDeps) {
  return async (event: unknown): Promise<ReportOutcome & { reviewKey: string; findings: number }> => {
    const { executionId, drc } = parseWith(EventSchema, event, 'report event');
    const settings = deps.settings();
    let reviewed: { summary: EdaSummary; findings: Finding[] } | undefined;
    const kitHandler = createReportHandler<EdaSummary>(
      {
        ...edaReport,
        sections(summary) {
          const findings = reviewFindings(summary, drc as DrcStatistics | undefined, settings);
          reviewed = { summary, findings };
          return [...(edaReport.sections?.(summary) ?? []), ...drcSection(drc), ...findingsSection(findings)];
        },
      },
      deps.kit,
    );
    const outcome = await kitHandler(event);
    const { summary, findings } = reviewed ?? { summary: edaReport.summary.empty(), findings: [] };
    const now = deps.kit.clock();
    const narrative = await narrate(deps.text(), summary, drc, findings);
    const markdown = renderDesignReview({
      executionId,
      generatedAt: now.toISOString(),
      summary,
      drc,
      findings,
      narrative,
    });
    const reviewKey = await deps.output.putText(
      reviewKeyFor(executionId, now),
      markdown,
      'text/markdown; charset=utf-8',
    );
    return { ...outcome, reviewKey, findings: findings.length };
  };
}
