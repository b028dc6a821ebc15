/** The AthenaAnalysis step's handler: run the three queries, save the findings, return their counts. */
import { AthenaAnalytics, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { requireEnv } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { analyse, findingCounts } from './analysis';
import { findingsKey, parseStartedAt } from './keys';

const EventSchema = z.object({ executionId: nonEmptyString(), startedAt: nonEmptyString() });

/** What the step returns (`$.analysis`). */
export interface AnalysisOutcome {
  findingsKey: string;
  overlyPermissive: number;
  staleEntries: number;
  policyViolations: number;
}

/** The handler; `deps` replaces production dependencies (tests). */
export function createAnalysisHandler(deps?: {
  analytics?: SqlAnalytics;
  output?: OutputWriter;
}): (event: unknown) => Promise<AnalysisOutcome> {
  let resolved: { analytics: SqlAnalytics; output: OutputWriter } | undefined;
  return async (event) => {
    resolved ??= {
      analytics:
        deps?.analytics ??
        new AthenaAnalytics({ workGroup: requireEnv('ATHENA_WORKGROUP'), database: requireEnv('ATHENA_DATABASE') }),
      output: deps?.output ?? createOutputWriter(),
    };
    const { executionId, startedAt } = parseWith(EventSchema, event, 'analysis event');
    const started = parseStartedAt(startedAt);
    const findings = await analyse(resolved.analytics, executionId);
    const key = await resolved.output.putJson(findingsKey(executionId, started), findings);
    return { findingsKey: key, ...findingCounts(findings) };
  };
}
