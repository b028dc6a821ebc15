/** Seismic branch: reads the 3,600-byte header of each SEG-Y file of one Map batch (one ranged GET each). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { Route } from '../../domain/routes';
import { seismicStage } from '../../domain/seismic-stage';

export const handler = withObservability(createItemHandler(routeStage(Route.Seismic, seismicStage)));
