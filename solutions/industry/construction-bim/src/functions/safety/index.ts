/** SafetyCheck: the findings of both branches, a narrative (Bedrock or the keyword fallback), SNS on violations. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createSafetyHandler } from '../../domain/safety-step';

export const handler = withObservability(createSafetyHandler());
