import path from 'node:path';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import type { CocoDataset } from '../../src/domain/coco';
import type { SegmentationIndex } from '../../src/domain/inference/segmentation-output';
import { COCO_SUFFIX } from '../../src/domain/result-keys';
import type { AnnotationOutcome } from '../../src/domain/write-annotations';

const PATTERN_DIR = path.resolve(__dirname, '../..');

function failureOf(run: RunResult) {
  const { status, error, cause, failedState } = run;
  return { status, error, cause, failedState };
}

describe('workflow (local runtime, MockMode, DynamoDB token store)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, {
      quiet: true,
      params: { EnableSageMakerTransform: 'true', EnableDynamoDBTokenStore: 'true' },
    });
  }, 180_000);

  it('succeeds', () => {
    // Assess
    expect(failureOf(run)).toEqual({ status: 'SUCCEEDED', error: undefined, cause: undefined, failedState: undefined });
  });

  it('completes Batch Transform through the callback on the local event bus', () => {
    // Act
    const outcome = run.output as AnnotationOutcome;

    // Assess: 4 of 5 clouds pass QC; all 4 are segmented by the mock job the callback completed.
    expect(outcome.inference).toMatchObject({ route: 'batch', status: 'Completed', segmentedClouds: 4 });
    expect(outcome).toMatchObject({ videos: 2, pointClouds: 5, qcFailedClouds: 1, failedItems: 0 });
  });

  it('writes one label per input point', () => {
    // Act
    const index = run.readJson<SegmentationIndex>('index.json');

    // Assess
    const points = Object.fromEntries(index.entries.map((entry) => [entry.key.split('/').pop(), entry.points]));
    expect(points).toEqual({
      'sweep-ascii.pcd': 8,
      'sweep-binary.pcd': 16,
      'sweep-compressed.pcd': 12,
      'survey.las': 10,
    });
    for (const entry of index.entries) {
      const segmentation = run.readJson<{ labels: number[] }>(entry.segmentationKey);
      expect(segmentation.labels).toHaveLength(entry.points);
    }
  });

  it('writes COCO annotations of the labelled frames', () => {
    // Act
    const coco = run.readJson<CocoDataset>(COCO_SUFFIX);

    // Assess: 3 frames of the 3 s MP4 and 2 of the 2 s MOV at 1000 ms.
    expect(coco.images).toHaveLength(5);
    expect(coco.images.map((image) => image.file_name)).toContain('video/rear-camera.mov#t=1000');
    expect(coco.annotations.length).toBeGreaterThanOrEqual(coco.images.length * 3);
    expect(coco.annotations.every((annotation) => annotation.bbox[2] === 32 && annotation.bbox[3] === 18)).toBe(true);
  });
});

describe('workflow (local runtime, defaults: no SageMaker)', () => {
  it('skips inference and still writes the annotations', async () => {
    // Act
    const run = await runPattern(PATTERN_DIR, { quiet: true });

    // Assess
    expect(failureOf(run).status).toBe('SUCCEEDED');
    expect((run.output as AnnotationOutcome).inference).toMatchObject({ route: 'none', status: 'Skipped' });
  }, 180_000);
});

describe('workflow (local runtime, MockMode, real-time endpoint with A/B testing)', () => {
  it('routes fewer files than RealtimeThreshold to the endpoint and splits them between the variants', async () => {
    // Act
    const run = await runPattern(PATTERN_DIR, {
      quiet: true,
      params: { EnableSageMakerTransform: 'true', EnableRealtimeEndpoint: 'true', EnableABTesting: 'true' },
    });

    // Assess
    expect(failureOf(run).status).toBe('SUCCEEDED');
    expect((run.output as AnnotationOutcome).inference).toMatchObject({
      route: 'realtime',
      status: 'Completed',
      segmentedClouds: 4,
    });
    const index = run.readJson<SegmentationIndex>('index.json');
    expect(index.entries.every((entry) => entry.variant === 'variant-a' || entry.variant === 'variant-b')).toBe(true);
  }, 180_000);

  it('routes to Batch Transform at the threshold, in direct token mode', async () => {
    // Act
    const run = await runPattern(PATTERN_DIR, {
      quiet: true,
      params: { EnableSageMakerTransform: 'true', EnableRealtimeEndpoint: 'true', RealtimeThreshold: '5' },
    });

    // Assess
    expect(failureOf(run).status).toBe('SUCCEEDED');
    expect((run.output as AnnotationOutcome).inference).toMatchObject({
      route: 'batch',
      status: 'Completed',
      segmentedClouds: 4,
    });
  }, 180_000);
});
