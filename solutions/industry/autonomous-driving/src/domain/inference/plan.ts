/** Whether and where the QC-passed point clouds are segmented; the state machine's Choice follows `route`. */
import { chooseInferenceRoute } from '@fsxn-s3ap/shared/inference';
import type { InferenceSettings } from '../../settings';
import type { AnalysisSummary } from '../analysis-summary';
import { type CloudRef, passedClouds } from './clouds';

/** What the plan task returns (the ASL's `$.plan`). */
export interface InferencePlan {
  route: 'none' | 'realtime' | 'batch';
  clouds: CloudRef[];
  /** In words: why this route. */
  reason: string;
}

/** The route of this run's clouds: none when segmentation is off or no cloud passed QC, else the shared rule. */
export function planInference(
  summary: AnalysisSummary,
  settings: Pick<InferenceSettings, 'sageMakerEnabled' | 'realtimeEnabled' | 'realtimeThreshold'>,
): InferencePlan {
  const clouds = passedClouds(summary);
  if (!settings.sageMakerEnabled) {
    return { route: 'none', clouds: [], reason: 'EnableSageMakerTransform is false' };
  }
  if (clouds.length === 0) {
    return { route: 'none', clouds, reason: `none of ${summary.clouds.length} point clouds passed QC` };
  }
  const route = chooseInferenceRoute({
    fileCount: clouds.length,
    realtimeEnabled: settings.realtimeEnabled,
    threshold: settings.realtimeThreshold,
  });
  const reason =
    route === 'realtime'
      ? `${clouds.length} point clouds, fewer than RealtimeThreshold ${settings.realtimeThreshold}`
      : settings.realtimeEnabled
        ? `${clouds.length} point clouds, at least RealtimeThreshold ${settings.realtimeThreshold}`
        : `${clouds.length} point clouds and no real-time endpoint`;
  return { route, clouds, reason };
}
