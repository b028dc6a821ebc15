/** Photo branch: labels, rule-based severity and narrative of each damage photo of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { photoStage } from '../../domain/photo-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Photos, photoStage)));
