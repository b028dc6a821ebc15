/** Drawings branch: reads each drawing PDF of one Map batch (text layer or OCR) and checks it for flagged materials. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { drawingStage } from '../../domain/drawing-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Drawings, drawingStage)));
