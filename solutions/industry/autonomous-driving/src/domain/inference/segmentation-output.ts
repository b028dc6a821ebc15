/** Writing segmentation results under one job prefix, with an index the annotation manager reads back. */
import { datePath, type OutputWriter, sanitizeKeySegment } from '@fsxn-s3ap/shared/output';
import type { Segmentation } from './segmentation';

/** One entry of the index. */
export interface SegmentationIndexEntry {
  key: string;
  points: number;
  segmentationKey: string;
  classCounts: Record<string, number>;
  variant?: string;
}

/** The index of a job's outputs: `<outputPath>index.json`. */
export interface SegmentationIndex {
  jobName: string;
  route: 'batch' | 'realtime';
  entries: SegmentationIndexEntry[];
}

/** Name of the index object under a job's output prefix. */
export const INDEX_NAME = 'index.json';

/** `sagemaker-output/YYYY/MM/DD/<job>/` (before the writer's own prefix). */
export function jobOutputPrefix(jobName: string, now: Date): string {
  return `sagemaker-output/${datePath(now)}/${sanitizeKeySegment(jobName)}/`;
}

/** Writes each segmentation and the index; returns the S3 URI of the job's output prefix. */
export async function writeSegmentations(
  output: Pick<OutputWriter, 'bucket' | 'putJson'>,
  job: { jobName: string; route: SegmentationIndex['route']; now: Date },
  results: readonly (Segmentation & { variant?: string })[],
): Promise<string> {
  const prefix = jobOutputPrefix(job.jobName, job.now);
  const entries: SegmentationIndexEntry[] = [];
  for (const result of results) {
    const name = `${sanitizeKeySegment(result.key.replace(/\//g, '_'))}.segmentation.json`;
    const segmentationKey = await output.putJson(`${prefix}${name}`, result);
    entries.push({
      key: result.key,
      points: result.points,
      segmentationKey,
      classCounts: result.classCounts,
      ...(result.variant ? { variant: result.variant } : {}),
    });
  }
  const indexKey = await output.putJson(`${prefix}${INDEX_NAME}`, { jobName: job.jobName, route: job.route, entries });
  return `s3://${output.bucket}/${indexKey.slice(0, -INDEX_NAME.length)}`;
}
