/** The AthenaAnalysis and Summary task handlers: their events are parsed with schemas, their dependencies injected. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { type AnalysisOutcome, type AnalysisQueries, type RunAnalysis, writeRunAnalysis } from './athena-analysis';
import { type NarrativeOutcome, writeNarrative } from './narrative';

/** Dependencies of the analysis handler, built on first use. */
export interface AnalysisDeps {
  analytics: () => SqlAnalytics;
  queries: () => AnalysisQueries;
  output: () => OutputWriter;
  clock: () => Date;
}

const AnalysisEventSchema = z.object({ executionId: nonEmptyString() });

/** `{ executionId }` -> the run's analysis file and its headline counts. */
export function createAnalysisHandler(deps: AnalysisDeps): (event: unknown) => Promise<AnalysisOutcome> {
  return async (event) => {
    const { executionId } = parseWith(AnalysisEventSchema, event, 'analysis event');
    return writeRunAnalysis(
      { analytics: deps.analytics(), queries: deps.queries(), output: deps.output(), now: deps.clock() },
      executionId,
    );
  };
}

/** Dependencies of the summary handler, built on first use. */
export interface SummaryDeps {
  generator: () => TextGenerator;
  output: () => OutputWriter;
  clock: () => Date;
  /** `QualityThreshold`, for the rule-based text. */
  qualityThreshold: () => number;
}

const SummaryEventSchema = z.object({
  executionId: nonEmptyString(),
  analysis: z.object({ analysisKey: nonEmptyString() }),
});

/** `{ executionId, analysis: { analysisKey } }` -> the narrative Markdown and whether a model or the rules wrote it. */
export function createSummaryHandler(deps: SummaryDeps): (event: unknown) => Promise<NarrativeOutcome> {
  return async (event) => {
    const { executionId, analysis } = parseWith(SummaryEventSchema, event, 'summary event');
    const output = deps.output();
    const run = await output.getJson<RunAnalysis>(analysis.analysisKey);
    return writeNarrative(
      { generator: deps.generator(), output, now: deps.clock(), qualityThreshold: deps.qualityThreshold() },
      { ...run, executionId },
    );
  };
}
