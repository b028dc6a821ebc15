/** Process: inventories the objects of one Map item (an object, a manifest chunk or a batch). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { inventory } from '../../domain/inventory';

export const handler = withObservability(createItemHandler(inventory));
