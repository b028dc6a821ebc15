/** ImageTagging: labels each image with the ImageLabeler port and writes tags/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createStageHandler, defaultStageDeps } from '../../stage-handler';

export const handler = withObservability(createStageHandler('tagging', defaultStageDeps()), { useCase: 'UC11' });
