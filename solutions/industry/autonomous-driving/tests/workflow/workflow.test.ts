/**
 * Three runs of the real workflow cover its routes: Batch Transform through the DynamoDB token store with outputs on
 * the FSx volume, the real-time endpoint with A/B testing, and one FPolicy event with segmentation off. The route
 * choice at the threshold and the direct token mode are unit tests (plan, sagemaker-invoke).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReportOutcome, RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import type { AnalysisSummary } from '../../src/domain/analysis-summary';
import type { CocoDataset } from '../../src/domain/coco';
import type { SegmentationIndex } from '../../src/domain/inference/segmentation-output';
import { type AnnotationOutcome, COCO_SUFFIX } from '../../src/domain/write-annotations';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const REPORT_SUFFIX = '_report.json';
const RUN_TIMEOUT_MS = 300_000;

/** The execution's output: the report task's and the annotation task's results. */
type RunOutput = { report: ReportOutcome; annotations: AnnotationOutcome };

function failureOf(run: RunResult) {
  const { status, error, cause, failedState } = run;
  return { status, error, cause, failedState };
}
const SUCCEEDED = { status: 'SUCCEEDED', error: undefined, cause: undefined, failedState: undefined };

describe('workflow (MockMode, Batch Transform, DynamoDB token store, outputs on the FSx volume)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, {
      quiet: true,
      params: { EnableSageMakerTransform: 'true', EnableDynamoDBTokenStore: 'true', OutputDestination: 'FSXN_S3AP' },
    });
  }, RUN_TIMEOUT_MS);

  it('succeeds after checking every demo file in one Distributed Map batch', () => {
    // Assess
    expect(failureOf(run)).toEqual(SUCCEEDED);
    expect(run.mapRuns).toEqual([
      expect.objectContaining({ stateName: 'AnalyzeFiles', status: 'SUCCEEDED', items: 7, failedItems: 0 }),
    ]);
  });

  it('completes Batch Transform through the callback on the local event bus', () => {
    // Act
    const { annotations } = run.output as RunOutput;

    // Assess: 4 of 5 clouds pass QC; all 4 are segmented by the mock job the callback completed.
    expect(annotations.inference).toMatchObject({ route: 'batch', status: 'Completed', segmentedClouds: 4 });
    expect(annotations).toMatchObject({ videos: 2, pointClouds: 5, qcFailedClouds: 1, failedObjects: 0 });
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

    // Assess: 3 frames of the 3 s MP4 and 2 of the 2 s MOV at 1000 ms; labels are whatever the labeler gives.
    expect(coco.images).toHaveLength(5);
    expect(coco.images.map((image) => image.file_name)).toContain('video/rear-camera.mov#t=1000');
    const imageIds = new Set(coco.images.map((image) => image.id));
    const categoryIds = new Set(coco.categories.map((category) => category.id));
    for (const annotation of coco.annotations) {
      expect(imageIds.has(annotation.image_id) && categoryIds.has(annotation.category_id)).toBe(true);
      expect(annotation.bbox).toEqual([0, 0, 32, 18]);
    }
  });

  it('reports every demo file with the kit report', () => {
    // Act
    const report = run.readJson<RunReport<AnalysisSummary>>(REPORT_SUFFIX);

    // Assess
    expect(report.processed).toMatchObject({ objects: 7, succeeded: 7, failed: 0 });
    expect(report.summary.videos).toHaveLength(2);
    expect(report.summary.clouds.filter((cloud) => cloud.status === 'FAILED').map((cloud) => cloud.key)).toEqual([
      'lidar/sweep-truncated.pcd',
    ]);
  });

  it('writes annotations, segmentation, Map results and report under the access point prefix', () => {
    // Act
    const { annotations, report } = run.output as RunOutput;
    const written = run.outputs.map((output) => output.key);

    // Assess
    const keys = [annotations.annotationsKey, report.reportKey, report.summaryKey];
    keys.push(...written.filter((key) => key.endsWith('/index.json') || key.endsWith('/manifest.json')));
    expect(keys).toHaveLength(5);
    for (const key of keys) expect(key.startsWith('ai-outputs/')).toBe(true);
  });
});

describe('workflow (MockMode, real-time endpoint with A/B testing)', () => {
  it(
    'routes fewer QC-passed clouds than RealtimeThreshold to the endpoint and splits them between the variants',
    async () => {
      // Act
      const run = await runPattern(PATTERN_DIR, {
        quiet: true,
        params: { EnableSageMakerTransform: 'true', EnableRealtimeEndpoint: 'true', EnableABTesting: 'true' },
      });

      // Assess
      expect(failureOf(run)).toEqual(SUCCEEDED);
      const { annotations } = run.output as RunOutput;
      expect(annotations.inference).toMatchObject({ route: 'realtime', status: 'Completed', segmentedClouds: 4 });
      const index = run.readJson<SegmentationIndex>('index.json');
      expect(index.entries).toHaveLength(4);
      expect(index.entries.every((entry) => entry.variant === 'variant-a' || entry.variant === 'variant-b')).toBe(true);
    },
    RUN_TIMEOUT_MS,
  );
});

describe('workflow (one FPolicy event, segmentation off)', () => {
  it(
    'checks exactly the point cloud the event names and skips inference',
    async () => {
      // Prepare
      const event = JSON.parse(readFileSync(path.join(PATTERN_DIR, 'events', 'fpolicy-event.json'), 'utf8')) as {
        detail: { file_path: string };
      };
      const file = event.detail.file_path;

      // Act
      const run = await runPattern(PATTERN_DIR, { quiet: true, input: event, params: { TriggerMode: 'EVENT_DRIVEN' } });

      // Assess
      expect(failureOf(run)).toEqual(SUCCEEDED);
      const { annotations } = run.output as RunOutput;
      expect(annotations.inference).toMatchObject({ route: 'none', status: 'Skipped' });
      const report = run.readJson<RunReport<AnalysisSummary>>(REPORT_SUFFIX);
      const bytes = statSync(path.join(PATTERN_DIR, 'demo-data', file)).size;
      expect(report.trigger).toBe('FPOLICY');
      expect(report.discovered).toMatchObject({ objects: 1, bytes });
      expect(report.summary.clouds.map((cloud) => cloud.key)).toEqual([file]);
      expect(report.summary.videos).toEqual([]);
    },
    RUN_TIMEOUT_MS,
  );
});
