import { createHandler } from '../../../src/functions/annotation-manager';
import { createMemoryOutput, FIXED_NOW } from '../fakes';

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

describe('annotation-manager handler', () => {
  it('writes COCO images, categories and annotations plus the point-cloud segmentation', async () => {
    // Prepare
    const output = createMemoryOutput();
    output.objects.set('results/v.json', JSON.stringify(videoResult));
    output.objects.set(
      'sagemaker-output/job/index.json',
      JSON.stringify({
        jobName: 'job',
        route: 'batch',
        entries: [{ key: 'a.pcd', points: 3, segmentationKey: 's', classCounts: { ground: 3 } }],
      }),
    );
    const handler = createHandler({ output, clock: () => FIXED_NOW });

    // Act
    const outcome = await handler({
      executionId: 'run-1',
      videoResults: [{ videos: [{ key: 'v.mp4', resultKey: 'results/v.json' }] }],
      lidarResults: [{ clouds: [{ key: 'a.pcd', status: 'PASSED', points: 3 }] }, { status: 'FAILED', error: {} }],
      inference: { route: 'batch', status: 'Completed', outputPath: 's3://output-bucket/sagemaker-output/job/' },
    });

    // Assess
    expect(outcome).toMatchObject({
      images: 1,
      annotations: 2,
      categories: 2,
      videos: 1,
      pointClouds: 1,
      failedItems: 1,
      inference: { route: 'batch', segmentedClouds: 1 },
    });
    const coco = JSON.parse(output.objects.get(outcome.annotationsKey) ?? '{}');
    expect(coco.images[0]).toMatchObject({ file_name: 'v.mp4#t=0', width: 32, height: 18 });
    expect(coco.annotations[0]).toMatchObject({ image_id: 1, bbox: [0, 0, 32, 18], area: 576, iscrowd: 0, score: 0.9 });
    expect(coco.point_clouds[0].segmentation.classCounts).toEqual({ ground: 3 });
    expect(outcome.annotationsKey).toBe('annotations/2025/01/15/run-1_coco_annotations.json');
  });

  it('reports a caught inference error and fails the run when every item failed', async () => {
    // Prepare
    const handler = createHandler({ output: createMemoryOutput(), clock: () => FIXED_NOW });

    // Act / Assess
    await expect(
      handler({
        executionId: 'run-2',
        videoResults: [{ status: 'FAILED' }],
        lidarResults: [],
        inference: { Error: 'States.Timeout', Cause: 'x' },
      }),
    ).rejects.toMatchObject({ name: 'AnnotationFailedError' });
  });

  it('rejects an event without the result lists', async () => {
    // Act / Assess
    await expect(
      createHandler({ output: createMemoryOutput(), clock: () => FIXED_NOW })({ executionId: 'r' }),
    ).rejects.toMatchObject({ name: 'EventShapeError' });
  });
});
