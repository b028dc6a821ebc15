/** AthenaAnalysis: the named queries over this run's records, then the compliance report (model or rules). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createAnalysisHandler } from '../../domain/analysis-step';

export const handler = withObservability(createAnalysisHandler());
