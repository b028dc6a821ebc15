/** Analyze: plans and labels the frames of each video, checks each point cloud's header (one Map item). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { analysis } from '../../domain/analysis';

export const handler = withObservability(createItemHandler(analysis));
