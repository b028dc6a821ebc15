/** AthenaAnalysis: the run's named queries over the branches' JSON Lines, kept as one file for the summary. */
import { AthenaAnalytics } from '@fsxn-s3ap/shared/analytics';
import { once, requireEnv, systemClock } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter } from '@fsxn-s3ap/shared/output';
import { createAnalysisHandler } from '../../domain/analysis-handler';
import { loadAnalysisQueries } from '../../domain/athena-analysis';

export const handler = withObservability(
  createAnalysisHandler({
    analytics: once(() => new AthenaAnalytics({ workGroup: requireEnv('ATHENA_WORKGROUP') })),
    queries: once(() => loadAnalysisQueries()),
    output: once(() => createOutputWriter()),
    clock: systemClock,
  }),
);
