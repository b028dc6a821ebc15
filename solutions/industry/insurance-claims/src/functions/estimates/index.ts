/** Estimate branch: OCR tables, line items and reconciled totals of each estimate of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { estimateStage } from '../../domain/estimate-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Estimates, estimateStage)));
