/** Where per-file results, segmentation output and annotations are written (dated keys, UTC). */
import { datedKey, sanitizeKeySegment } from '@fsxn-s3ap/shared/output';

function stemOf(key: string): string {
  return sanitizeKeySegment(key.replace(/\//g, '_'));
}

/** `results/video/YYYY/MM/DD/<key>_frames.json`. */
export const videoResultKey = (key: string, now: Date) => datedKey('results/video', stemOf(key), 'frames.json', now);

/** `results/lidar/YYYY/MM/DD/<key>_qc.json`. */
export const lidarResultKey = (key: string, now: Date) => datedKey('results/lidar', stemOf(key), 'qc.json', now);

/** `sagemaker-output/YYYY/MM/DD/<job>/<key>_segmentation.json`. */
export const segmentationKey = (job: string, key: string, now: Date) =>
  datedKey('sagemaker-output', `${sanitizeKeySegment(job)}/${stemOf(key)}`, 'segmentation.json', now);

/** `annotations/YYYY/MM/DD/<executionId>_coco_annotations.json`. */
export const COCO_SUFFIX = 'coco_annotations.json';
export const cocoKey = (executionId: string, now: Date) =>
  datedKey('annotations', sanitizeKeySegment(executionId), COCO_SUFFIX, now);
