/** Plan inference: picks the QC-passed point clouds and the route (none, real-time endpoint or Batch Transform). */

import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { getInferenceSettings, getKit, lazyDeps } from '../../deps';
import { summarizeOutcomes } from '../../domain/analysis-summary';
import { type InferencePlan, planInference } from '../../domain/inference/plan';
import type { InferenceSettings } from '../../settings';

export interface PlanDeps {
  output: Pick<OutputWriter, 'getJson'>;
  settings: Pick<InferenceSettings, 'sageMakerEnabled' | 'realtimeEnabled' | 'realtimeThreshold'>;
}

const PlanEventSchema = z.object({ executionId: nonEmptyString(), results: z.unknown() });

export const createHandler =
  (deps: PlanDeps) =>
  async (event: unknown): Promise<InferencePlan> => {
    const { results } = parseWith(PlanEventSchema, event, 'plan event');
    const { summary } = await summarizeOutcomes(results, deps.output);
    return planInference(summary, deps.settings);
  };

export const defaultDeps = (): PlanDeps =>
  lazyDeps<PlanDeps>({ output: () => getKit().output, settings: getInferenceSettings });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
