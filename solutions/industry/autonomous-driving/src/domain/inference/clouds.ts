/** The point clouds inference takes: those that passed QC, from the lidar Map's results. */

import { isRecord } from '../events';
import type { CloudSummary } from '../lidar/cloud-summary';

/** Clouds with status PASSED and at least one point; failed Map items and failed QC are left out. */
export function passedClouds(mapResults: readonly unknown[]): CloudSummary[] {
  return mapResults.flatMap((result) => {
    if (!isRecord(result) || !Array.isArray(result.clouds)) return [];
    return (result.clouds as CloudSummary[]).filter((cloud) => cloud.status === 'PASSED' && cloud.points > 0);
  });
}
