/** Inventory branch: pallet and box counts and shelf occupancy of each photo of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { inventoryStage } from '../../domain/inventory-stage';
import { Route } from '../../domain/routes';

export const handler = withObservability(createItemHandler(routeStage(Route.Inventory, inventoryStage)));
