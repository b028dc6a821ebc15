/** WriteClaimReports: one JSON and one plain-text report per claim, from both branches' results. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createClaimsHandler } from '../../domain/claims-step';

export const handler = withObservability(createClaimsHandler());
