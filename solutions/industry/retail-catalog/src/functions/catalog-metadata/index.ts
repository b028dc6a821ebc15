/** CatalogMetadata: writes a validated catalog entry per image (model answer or fallback) to catalog/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { catalog } from '../../stages/catalog';

export const handler = withObservability(createItemHandler(catalog), { useCase: 'UC11' });
