/** BIM branch: streams each IFC model of one Map batch into counts, storeys, a diff and rule findings. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { bimStage } from '../../domain/bim-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Bim, bimStage)));
