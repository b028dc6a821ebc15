/** Slips branch: OCR and shipping record of each slip of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { Route } from '../../domain/routes';
import { slipStage } from '../../domain/slip-stage';

export const handler = withObservability(createItemHandler(routeStage(Route.Slips, slipStage)));
