/** ImageTagging: labels the images of one Map item with the ImageLabeler port and writes tags/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { tagging } from '../../stages/tagging';

export const handler = withObservability(createItemHandler(tagging), { useCase: 'UC11' });
