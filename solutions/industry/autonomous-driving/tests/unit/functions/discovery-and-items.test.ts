import { DemoImageLabeler } from '@fsxn-s3ap/shared/ai';
import { writeMovie } from '../../../scripts/demo-data/mp4-writer';
import { encodePng } from '../../../scripts/demo-data/png';
import { las12, spiralPoints } from '../../../scripts/demo-data/point-clouds';
import { loadConfig } from '../../../src/config';
import { suffixesOfKind } from '../../../src/domain/discover-inputs';
import { createHandler as createDiscovery } from '../../../src/functions/discovery';
import { createHandler as createFrames } from '../../../src/functions/frame-extraction';
import { createHandler as createQc } from '../../../src/functions/point-cloud-qc';
import { createMemoryOutput, createRangeInput, FIXED_NOW } from '../fakes';

const objects = [
  { key: 'in/a.mp4', size: 10 },
  { key: 'in/b.PCD', size: 20 },
  { key: 'in/c.las', size: 30 },
  { key: 'in/readme.txt', size: 5 },
];

function listingInput() {
  return {
    bucket: 'ap-ext-s3alias',
    async *listPages(options?: { suffixes?: readonly string[] }) {
      yield objects.filter((o) => (options?.suffixes ?? []).some((suffix) => o.key.toLowerCase().endsWith(suffix)));
    },
  };
}

describe('discovery handler', () => {
  it('discovers videos and point clouds separately and returns the routing settings', async () => {
    // Prepare
    const config = loadConfig({
      INPUT_ACCESS_POINT: 'ap-ext-s3alias',
      INPUT_PREFIX: 'in/',
      ENABLE_SAGEMAKER_TRANSFORM: 'true',
      ENABLE_REALTIME_ENDPOINT: 'true',
      INFERENCE_TYPE: 'serverless',
    });
    const handler = createDiscovery({
      config,
      input: listingInput() as never,
      output: createMemoryOutput(),
      clock: () => FIXED_NOW,
    });

    // Act
    const result = await handler({ executionId: 'run-1' });

    // Assess
    expect(result.video.items).toEqual([{ key: 'in/a.mp4', size: 10 }]);
    expect(result.lidar.totalObjects).toBe(2);
    expect(result.routing).toEqual({ sageMakerEnabled: true, realtimeEnabled: true, realtimeThreshold: 10 });
  });

  it('narrows each kind by SUFFIX_FILTER and never widens it', () => {
    // Act / Assess
    expect(suffixesOfKind(['.las'], ['.pcd', '.las'])).toEqual(['.las']);
    expect(suffixesOfKind(['.las'], ['.mp4', '.mov'])).toEqual([]);
    expect(suffixesOfKind([], ['.mp4', '.mov'])).toEqual(['.mp4', '.mov']);
  });

  it('rejects an event without executionId', async () => {
    // Prepare
    const config = loadConfig({ INPUT_ACCESS_POINT: 'ap-ext-s3alias' });

    // Act / Assess
    await expect(
      createDiscovery({ config, input: listingInput() as never, output: createMemoryOutput(), clock: () => FIXED_NOW })(
        {},
      ),
    ).rejects.toMatchObject({ name: 'EventShapeError' });
  });
});

describe('frame-extraction and point-cloud-qc handlers', () => {
  it('write one result per file and return short summaries', async () => {
    // Prepare
    const movie = writeMovie({
      brand: 'isom',
      frames: [encodePng(8, 8, () => [1, 2, 3])],
      width: 8,
      height: 8,
      timescale: 1000,
      frameDuration: 1000,
    });
    const cloud = las12(spiralPoints(4));
    const input = createRangeInput({ 'v.mp4': movie, 'p.las': cloud });
    const output = createMemoryOutput();
    const frames = createFrames({
      config: { frameIntervalMs: 1000, maxFramesPerVideo: 10 },
      input,
      output,
      labeler: new DemoImageLabeler(),
      clock: () => FIXED_NOW,
    });
    const qc = createQc({ input, output, clock: () => FIXED_NOW });

    // Act
    const videos = await frames({ executionId: 'r', item: { key: 'v.mp4', size: movie.length } });
    const clouds = await qc({ executionId: 'r', item: { key: 'p.las', size: cloud.length } });

    // Assess
    expect(videos.videos[0]).toMatchObject({
      key: 'v.mp4',
      durationMs: 1000,
      codec: 'png',
      plannedFrames: 1,
      labelledFrames: 1,
    });
    expect(clouds.clouds[0]).toMatchObject({ key: 'p.las', format: 'las', status: 'PASSED', points: 4, errors: 0 });
    expect(output.objects.has(videos.videos[0]?.resultKey ?? '')).toBe(true);
  });

  it('surface a corrupt video as InvalidContainerError', async () => {
    // Prepare
    const bytes = Buffer.from('not a movie at all');
    const frames = createFrames({
      config: { frameIntervalMs: 1000, maxFramesPerVideo: 10 },
      input: createRangeInput({ x: bytes }),
      output: createMemoryOutput(),
      labeler: new DemoImageLabeler(),
      clock: () => FIXED_NOW,
    });

    // Act / Assess
    await expect(frames({ executionId: 'r', item: { key: 'x', size: bytes.length } })).rejects.toMatchObject({
      name: 'InvalidContainerError',
    });
  });
});
