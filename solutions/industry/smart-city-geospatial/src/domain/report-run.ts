/** The report step: the kit's run report with this pattern's sections, then the Markdown narrative beside it. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { datePath, sanitizeKeySegment } from '@fsxn-s3ap/shared/output';
import { createReportHandler, type KitDeps, type ReportOutcome, type RunReport } from '@fsxn-s3ap/shared/workflow';
import { geoReport } from './geo-report';
import type { GeoSummary } from './geo-summary';
import { narrate, ruleNarrative } from './narrative';

export interface ReportRunDeps {
  kit: KitDeps;
  text: () => TextGenerator;
}

/** `reports/YYYY/MM/DD/geo-narrative-<execution>.md`. */
export const narrativeKeyFor = (executionId: string, now: Date) =>
  `reports/${datePath(now)}/geo-narrative-${sanitizeKeySegment(executionId)}.md`;

/** The handler: the kit's report first, then the narrative from the report it wrote. */
export function createGeoReportHandler(deps: ReportRunDeps) {
  const kitHandler = createReportHandler<GeoSummary>(geoReport, deps.kit);
  return async (event: unknown): Promise<ReportOutcome & { narrativeKey: string; narrativeSource: string }> => {
    const outcome = await kitHandler(event);
    const report = await deps.kit.output.getJson<RunReport<GeoSummary>>(outcome.reportKey);
    const narrative = await narrate(deps.text(), report);
    const body = [
      `# ${geoReport.title}: narrative`,
      `Execution ${report.executionId}; written by ${narrative.source}.`,
      narrative.markdown,
      '## Facts',
      ruleNarrative(report),
    ].join('\n\n');
    const narrativeKey = await deps.kit.output.putText(
      narrativeKeyFor(report.executionId, deps.kit.clock()),
      `${body}\n`,
      'text/markdown; charset=utf-8',
    );
    return { ...outcome, narrativeKey, narrativeSource: narrative.source };
  };
}
