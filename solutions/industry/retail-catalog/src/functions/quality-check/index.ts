/** QualityCheck: applies the size, dimension and aspect rules from the image header and writes quality/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createStageHandler, defaultStageDeps } from '../../stage-handler';

export const handler = withObservability(createStageHandler('quality', defaultStageDeps()), { useCase: 'UC11' });
