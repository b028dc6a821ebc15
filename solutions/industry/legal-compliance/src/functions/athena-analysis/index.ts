/** AthenaAnalysis: overly permissive shares, stale access entries and policy violations over the ACL table. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createAnalysisHandler } from '../../domain/analysis-handler';

export const handler = withObservability(createAnalysisHandler());
