/**
 * The handler of the AthenaAnalysis state: runs the named queries for this execution, builds the compliance report
 * (findings, narrative by the TextGenerator port or the rules) and writes it as JSON and Markdown under `reports/`.
 * Query failures are thrown as the analytics port's named errors, for the state's Retry and Catch.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { AthenaAnalytics, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { once, requireEnv, systemClock } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { runAnalysis } from './analysis';
import { buildComplianceReport } from './compliance';
import { renderComplianceMarkdown } from './compliance-markdown';
import { loadWellLogSettings } from './settings';

/** What the step needs; tests pass their own. */
export interface AnalysisDeps {
  analytics: SqlAnalytics;
  generator: TextGenerator;
  output: OutputWriter;
  /** Named queries are `<queryPrefix><suffix>` (`<stack>-` in the template). */
  queryPrefix: string;
  thresholdStd: number;
  clock: () => Date;
}

/** What the state returns: where the report is and what it found. */
export interface AnalysisOutcome {
  complianceKey: string;
  complianceMarkdownKey: string;
  findings: number;
  narrativeSource: 'model' | 'rules';
}

const EventSchema = z.object({ executionId: nonEmptyString() });

function productionDeps(): AnalysisDeps {
  return {
    analytics: new AthenaAnalytics({
      workGroup: requireEnv('ATHENA_WORKGROUP'),
      database: requireEnv('GLUE_DATABASE'),
    }),
    generator: createTextGenerator(),
    output: createOutputWriter(),
    queryPrefix: requireEnv('NAMED_QUERY_PREFIX'),
    thresholdStd: loadWellLogSettings().thresholdStd,
    clock: systemClock,
  };
}

/** The analysis handler; `deps` replaces the production dependencies. */
export function createAnalysisHandler(deps?: AnalysisDeps): (event: unknown) => Promise<AnalysisOutcome> {
  const resolved = once(() => deps ?? productionDeps());
  return async (event) => {
    const { executionId } = parseWith(EventSchema, event, 'analysis event');
    const { analytics, generator, output, queryPrefix, thresholdStd, clock } = resolved();
    const now = clock();
    const rows = await runAnalysis(analytics, queryPrefix, executionId);
    const report = await buildComplianceReport(rows, { generator, executionId, now, thresholdStd });
    const complianceKey = await output.putJson(datedKey('reports', executionId, 'compliance.json', now), report);
    const complianceMarkdownKey = await output.putText(
      datedKey('reports', executionId, 'compliance.md', now),
      renderComplianceMarkdown(report),
      'text/markdown; charset=utf-8',
    );
    return {
      complianceKey,
      complianceMarkdownKey,
      findings: report.findings.length,
      narrativeSource: report.narrativeSource,
    };
  };
}
