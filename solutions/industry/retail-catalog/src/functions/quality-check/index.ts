/** QualityCheck: applies the size, dimension and aspect rules from each image header and writes quality/. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { quality } from '../../stages/quality';

export const handler = withObservability(createItemHandler(quality), { useCase: 'UC11' });
