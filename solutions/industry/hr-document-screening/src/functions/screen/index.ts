/** Screen: extracts, strips and scores the resumes of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { screeningStage } from '../../domain/screening-stage';

export const handler = withObservability(createItemHandler(screeningStage));
