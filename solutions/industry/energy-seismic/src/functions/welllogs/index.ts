/** Well-log branch: statistics and 3-sigma anomalies of each LAS or CSV log of one Map batch (two streamed reads). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { Route } from '../../domain/routes';
import { wellLogStage } from '../../domain/well-log-stage';

export const handler = withObservability(createItemHandler(routeStage(Route.WellLogs, wellLogStage)));
