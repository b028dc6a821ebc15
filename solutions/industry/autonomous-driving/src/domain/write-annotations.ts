/** The annotations of a run: reads the per-video results and the segmentation index, writes COCO. */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import { datedKey, type OutputWriter, sanitizeKeySegment } from '@fsxn-s3ap/shared/output';
import type { AnalysisSummary } from './analysis-summary';
import { buildCoco } from './coco';
import { INDEX_NAME, type SegmentationIndex } from './inference/segmentation-output';
import type { VideoResult } from './video';

/** `annotations/YYYY/MM/DD/<executionId>_coco_annotations.json`. */
export const COCO_SUFFIX = 'coco_annotations.json';

/** What the inference task left in the state: its result, or the error its Catch recorded. */
export interface InferenceState {
  route?: string;
  status?: string;
  outputPath?: string | null;
  Error?: string;
  Cause?: string;
}

/** What the annotation task returns. */
export interface AnnotationOutcome {
  annotationsKey: string;
  images: number;
  annotations: number;
  categories: number;
  videos: number;
  pointClouds: number;
  qcFailedClouds: number;
  failedObjects: number;
  inference: { route: string; status: string; segmentedClouds: number; error?: string };
}

async function readIndex(output: OutputWriter, inference: InferenceState): Promise<SegmentationIndex | undefined> {
  const path = inference.outputPath;
  const prefix = `s3://${output.bucket}/`;
  if (typeof path !== 'string' || !path.startsWith(prefix)) return undefined;
  try {
    return await output.getJson<SegmentationIndex>(`${path.slice(prefix.length)}${INDEX_NAME}`);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return undefined; // a real Batch Transform job writes no index
    throw error;
  }
}

/** Writes the COCO annotations of the run's videos and point clouds (with their segmentation, when there is one). */
export async function writeAnnotations(
  run: { executionId: string; summary: AnalysisSummary; failedObjects: number; inference: InferenceState },
  ports: { output: OutputWriter; now: Date },
): Promise<AnnotationOutcome> {
  const { summary, inference } = run;
  const videoResults: VideoResult[] = [];
  for (const video of summary.videos) videoResults.push(await ports.output.getJson<VideoResult>(video.resultKey));
  const index = await readIndex(ports.output, inference);
  const segmented = new Map(index?.entries.map((entry) => [entry.key, entry]) ?? []);
  const pointClouds = summary.clouds.map((cloud) => ({ ...cloud, segmentation: segmented.get(cloud.key) ?? null }));
  const dataset = buildCoco(run.executionId, videoResults, pointClouds, ports.now);
  const key = datedKey('annotations', sanitizeKeySegment(run.executionId), COCO_SUFFIX, ports.now);
  const annotationsKey = await ports.output.putJson(key, dataset);
  const error = inference.Error === undefined ? undefined : `${inference.Error}: ${inference.Cause ?? ''}`;
  return {
    annotationsKey,
    images: dataset.images.length,
    annotations: dataset.annotations.length,
    categories: dataset.categories.length,
    videos: summary.videos.length,
    pointClouds: summary.clouds.length,
    qcFailedClouds: summary.clouds.filter((cloud) => cloud.status === 'FAILED').length,
    failedObjects: run.failedObjects,
    inference: {
      route: inference.route ?? (error ? 'failed' : 'none'),
      status: inference.status ?? (error ? 'Failed' : 'Skipped'),
      segmentedClouds: segmented.size,
      ...(error ? { error } : {}),
    },
  };
}
