import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { CocoDataset } from '../../../src/domain/coco';
import { createHandler } from '../../../src/functions/annotation-manager';
import { FIXED_NOW } from '../fakes';

const label = (name: string) => ({ name, confidence: 90, parents: ['Vehicle'] });
const videoResult = {
  key: 'v.mp4',
  size: 10,
  container: { width: 32, height: 18 },
  frameIntervalMs: 1000,
  frames: [
    { index: 0, timestampMs: 0, sampleIndex: 0, labels: [label('Car'), label('Truck')] },
    { index: 1, timestampMs: 1000, sampleIndex: 1, labels: null },
  ],
  labelledFrames: 1,
};
const video = {
  key: 'v.mp4',
  resultKey: 'out/results/v.json',
  durationMs: 2000,
  width: 32,
  height: 18,
  codec: 'png',
  plannedFrames: 2,
  labelledFrames: 1,
};
const cloud = { key: 'a.pcd', resultKey: 'r', format: 'pcd', status: 'PASSED', points: 3, errors: 0, warnings: 0 };
const outcome = (summary: unknown) => ({
  status: 'SUCCEEDED',
  objects: 1,
  succeeded: 1,
  bytes: 10,
  failures: [],
  failedCount: 0,
  summary,
});
const caught = { status: 'FAILED', item: { key: 'b.las', size: 4 }, error: { Error: 'States.Timeout', Cause: 'x' } };

describe('annotation-manager handler', () => {
  it('writes COCO images, categories and annotations plus the point-cloud segmentation', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    await output.putJson('results/v.json', videoResult);
    const index = {
      jobName: 'job',
      route: 'batch',
      entries: [{ key: 'a.pcd', points: 3, segmentationKey: 's', classCounts: { ground: 3 } }],
    };
    await output.putJson('sagemaker-output/job/index.json', index);
    const handler = createHandler({ output, clock: () => FIXED_NOW });

    // Act
    const result = await handler({
      executionId: 'run-1',
      results: [outcome({ videos: [video], clouds: [] }), outcome({ videos: [], clouds: [cloud] }), caught],
      inference: { route: 'batch', status: 'Completed', outputPath: 's3://memory-output/out/sagemaker-output/job/' },
    });

    // Assess
    expect(result).toMatchObject({
      images: 1,
      annotations: 2,
      categories: 2,
      videos: 1,
      pointClouds: 1,
      failedObjects: 1,
      inference: { route: 'batch', segmentedClouds: 1 },
    });
    const coco = await output.getJson<CocoDataset>(result.annotationsKey);
    expect(coco.images[0]).toMatchObject({ file_name: 'v.mp4#t=0', width: 32, height: 18 });
    expect(coco.annotations[0]).toMatchObject({ image_id: 1, bbox: [0, 0, 32, 18], area: 576, iscrowd: 0, score: 0.9 });
    expect(coco.point_clouds).toEqual([
      expect.objectContaining({ key: 'a.pcd', segmentation: expect.objectContaining({ classCounts: { ground: 3 } }) }),
    ]);
    expect(result.annotationsKey).toBe('out/annotations/2025/01/15/run-1_coco_annotations.json');
  });

  it('records a caught inference error and still writes the annotations when every file failed', async () => {
    // Prepare
    const output = createMemoryOutputWriter();

    // Act
    const result = await createHandler({ output, clock: () => FIXED_NOW })({
      executionId: 'run-2',
      results: [caught],
      inference: { Error: 'States.Timeout', Cause: 'no callback' },
    });

    // Assess: the report step fails the run afterwards (AllItemsFailedError), with the annotations on record
    expect(result).toMatchObject({ images: 0, failedObjects: 1 });
    expect(result.inference).toEqual({
      route: 'failed',
      status: 'Failed',
      segmentedClouds: 0,
      error: 'States.Timeout: no callback',
    });
    expect(output.objects.has(result.annotationsKey)).toBe(true);
  });

  it('rejects an event without the Map results or the inference state', async () => {
    // Act / Assess
    await expect(
      createHandler({ output: createMemoryOutputWriter(), clock: () => FIXED_NOW })({ executionId: 'r', results: [] }),
    ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('inference') });
  });
});
