/** CatalogMetadata: writes a validated catalog entry per image (model answer or fallback) to catalog/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createStageHandler, defaultStageDeps } from '../../stage-handler';

export const handler = withObservability(createStageHandler('catalog', defaultStageDeps()), { useCase: 'UC11' });
