import { DemoImageLabeler } from '@fsxn-s3ap/shared/ai';
import { batchEvent, itemEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { writeMovie } from '../../../scripts/demo-data/mp4-writer';
import { encodePng } from '../../../scripts/demo-data/png';
import { las12, spiralPoints } from '../../../scripts/demo-data/point-clouds';
import { analysis } from '../../../src/domain/analysis';

const movie = writeMovie({
  brand: 'isom',
  frames: [encodePng(8, 8, () => [1, 2, 3])],
  width: 8,
  height: 8,
  timescale: 1000,
  frameDuration: 1000,
});
const cloud = las12(spiralPoints(4));
const files = { 'in/v.MP4': movie, 'in/p.las': cloud, 'in/broken.mov': 'not a movie at all', 'in/notes.txt': 'hi' };

function setup() {
  const kit = testKit({ files });
  const handler = createItemHandler(analysis, {
    ...kit,
    settings: { frameIntervalMs: 1000, maxFramesPerVideo: 10 },
    ports: { labeler: new DemoImageLabeler() },
  });
  return { kit, handler };
}

const objects = Object.entries(files).map(([key, content]) => ({ key, size: content.length }));

describe('analyze (the kit item handler with the analysis stage)', () => {
  it('checks videos and point clouds, writes one result each and records the other files as named failures', async () => {
    // Prepare
    const { kit, handler } = setup();

    // Act
    const outcome = await handler(batchEvent(objects));

    // Assess
    expect(outcome).toMatchObject({ objects: 4, succeeded: 2, failedCount: 2 });
    expect(outcome.failures.map((failure) => [failure.item, failure.error]).sort()).toEqual([
      ['in/broken.mov', 'InvalidContainerError'],
      ['in/notes.txt', 'UnsupportedFileTypeError'],
    ]);
    expect(outcome.summary.videos).toEqual([
      expect.objectContaining({ key: 'in/v.MP4', durationMs: 1000, codec: 'png', plannedFrames: 1, labelledFrames: 1 }),
    ]);
    expect(outcome.summary.clouds).toEqual([
      expect.objectContaining({ key: 'in/p.las', format: 'las', status: 'PASSED', points: 4, errors: 0 }),
    ]);
    const written = [...kit.output.objects.keys()];
    expect(written).toContain(outcome.summary.videos[0]?.resultKey);
    expect(written).toContain(outcome.summary.clouds[0]?.resultKey);
    expect(written.every((key) => key.startsWith('out/results/video/') || key.startsWith('out/results/lidar/'))).toBe(
      true,
    );
  });

  it('labels frames with whatever the labeler returns, kept as they are in the result file', async () => {
    // Prepare
    const { kit, handler } = setup();
    const expected = await new DemoImageLabeler().detectLabels({ bytes: encodePng(8, 8, () => [1, 2, 3]) });

    // Act
    const outcome = await handler(itemEvent('in/v.MP4', movie.length));

    // Assess: the structure, not the labeler's vocabulary
    const result = (await kit.output.getJson(outcome.summary.videos[0]?.resultKey ?? '')) as {
      frames: { labels: unknown }[];
    };
    expect(result.frames).toHaveLength(1);
    expect(result.frames[0]?.labels).toEqual(expected);
  });

  it('rejects a Map item without executionId with a ValidationError', async () => {
    // Act / Assess
    await expect(setup().handler({ item: { key: 'in/p.las', size: cloud.length } })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});
