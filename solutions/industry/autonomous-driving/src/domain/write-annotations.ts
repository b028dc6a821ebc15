/** The last step: reads the per-video results and the segmentation index, writes the COCO annotations. */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { AnnotationFailedError } from '../errors';
import { buildCoco } from './coco';
import { isRecord } from './events';
import { INDEX_NAME, type SegmentationIndex } from './inference/segmentation-output';
import type { CloudSummary } from './lidar/cloud-summary';
import { cocoKey } from './result-keys';
import type { VideoResult } from './video';

/** The annotation task's input (assembled by the state machine). */
export interface AnnotationInput {
  executionId: string;
  videoResults: unknown[];
  lidarResults: unknown[];
  inference: Record<string, unknown>;
}

/** What the execution ends with. */
export interface AnnotationOutcome {
  annotationsKey: string;
  images: number;
  annotations: number;
  categories: number;
  videos: number;
  pointClouds: number;
  qcFailedClouds: number;
  failedItems: number;
  inference: { route: string; status: string; segmentedClouds: number; error?: string };
}

function collect<T>(results: readonly unknown[], field: string): { items: T[]; failed: number } {
  let failed = 0;
  const items = results.flatMap((result) => {
    if (isRecord(result) && Array.isArray(result[field])) return result[field] as T[];
    failed += 1;
    return [];
  });
  return { items, failed };
}

async function readIndex(
  output: OutputWriter,
  inference: Record<string, unknown>,
): Promise<SegmentationIndex | undefined> {
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

/** Writes `annotations/.../<execution>_coco_annotations.json`; throws AnnotationFailedError when every item failed. */
export async function writeAnnotations(
  input: AnnotationInput,
  ports: { output: OutputWriter; now: Date },
): Promise<AnnotationOutcome> {
  const videos = collect<{ resultKey: string }>(input.videoResults, 'videos');
  const clouds = collect<CloudSummary>(input.lidarResults, 'clouds');
  const videoResults: VideoResult[] = [];
  for (const video of videos.items) videoResults.push(await ports.output.getJson<VideoResult>(video.resultKey));
  const index = await readIndex(ports.output, input.inference);
  const segmented = new Map(index?.entries.map((entry) => [entry.key, entry]) ?? []);
  const pointClouds = clouds.items.map((cloud) => ({ ...cloud, segmentation: segmented.get(cloud.key) ?? null }));
  const dataset = buildCoco(input.executionId, videoResults, pointClouds, ports.now);
  const annotationsKey = await ports.output.putJson(cocoKey(input.executionId, ports.now), dataset);
  const failedItems = videos.failed + clouds.failed;
  if (failedItems > 0 && videos.items.length + clouds.items.length === 0) {
    throw new AnnotationFailedError(
      `Every one of ${failedItems} work items failed; see s3://${ports.output.bucket}/${annotationsKey}`,
    );
  }
  const error =
    typeof input.inference.Error === 'string'
      ? `${input.inference.Error}: ${String(input.inference.Cause ?? '')}`
      : undefined;
  return {
    annotationsKey,
    images: dataset.images.length,
    annotations: dataset.annotations.length,
    categories: dataset.categories.length,
    videos: videos.items.length,
    pointClouds: clouds.items.length,
    qcFailedClouds: clouds.items.filter((cloud) => cloud.status === 'FAILED').length,
    failedItems,
    inference: {
      route: String(input.inference.route ?? (error ? 'failed' : 'none')),
      status: String(input.inference.status ?? (error ? 'Failed' : 'Skipped')),
      segmentedClouds: segmented.size,
      ...(error ? { error } : {}),
    },
  };
}
