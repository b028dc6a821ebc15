/** Inspection branch: rule scores and recommendations of the facility photos of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { inspectionStage } from '../../domain/inspection-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Inspections, inspectionStage)));
