/** PlanRoutes: the route plan (model or rules) from the run report's shipment groups. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createPlanHandler } from '../../domain/plan-step';

export const handler = withObservability(createPlanHandler());
