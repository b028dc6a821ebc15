/** The point clouds inference takes: those that passed QC. */
import { count, nonEmptyString } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import type { AnalysisSummary } from '../analysis-summary';

/** A cloud as the plan hands it to inference (`pointClouds` of the invoke events). */
export const CloudRefSchema = z.object({ key: nonEmptyString(), points: count() });

/** What segmentation needs of a cloud. */
export type CloudRef = z.infer<typeof CloudRefSchema>;

/** Clouds with status PASSED and at least one point; failed objects and failed QC are left out. */
export function passedClouds(summary: AnalysisSummary): CloudRef[] {
  return summary.clouds
    .filter((cloud) => cloud.status === 'PASSED' && cloud.points > 0)
    .map((cloud) => ({ key: cloud.key, points: cloud.points }));
}
