/**
 * QualityCheck: applies the size, dimension and aspect rules from each image header and writes quality/. As the last
 * step of a batch it returns the batch's one outcome: its own combined with the tagging and catalog outcomes the
 * state machine passes in `steps`.
 */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { withEarlierSteps } from '../../domain/combine-steps';
import { quality } from '../../stages/quality';

const check = createItemHandler(quality);

export const handler = withObservability(async (event: unknown) => withEarlierSteps(event, () => check(event)), {
  useCase: 'UC11',
});
