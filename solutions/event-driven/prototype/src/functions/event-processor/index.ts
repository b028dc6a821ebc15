/** EventProcessor: the shared per-image processing for the object discovery found (the kit's item handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { imageStage } from '../../domain/image-stage';

export const handler = withObservability(createItemHandler(imageStage));
