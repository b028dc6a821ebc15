import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import fc from 'fast-check';
import {
  type AnalysisSummary,
  type CloudSummary,
  emptyAnalysis,
  mergeAnalysis,
  summarizeOutcomes,
  type VideoSummary,
} from '../../../src/domain/analysis-summary';

const video = (key: string): VideoSummary => ({
  key,
  resultKey: `r/${key}`,
  durationMs: 1000,
  width: 8,
  height: 8,
  codec: 'png',
  plannedFrames: 1,
  labelledFrames: 1,
});
const cloud = (key: string, status: 'PASSED' | 'FAILED' = 'PASSED'): CloudSummary => ({
  key,
  resultKey: `r/${key}`,
  format: 'pcd',
  status,
  points: 3,
  errors: 0,
  warnings: 0,
});
const outcome = (summary: AnalysisSummary, failedCount = 0) => ({
  status: 'SUCCEEDED',
  objects: summary.videos.length + summary.clouds.length + failedCount,
  succeeded: summary.videos.length + summary.clouds.length,
  bytes: 1,
  failures: [],
  failedCount,
  summary,
});

describe('mergeAnalysis', () => {
  it('gives the same summary whatever the split and order of the parts', () => {
    const summaries = fc
      .array(fc.tuple(fc.string(), fc.boolean()), { maxLength: 12 })
      .map((keys) =>
        keys.map(([key, isVideo]) =>
          isVideo ? { videos: [video(key)], clouds: [] } : { videos: [], clouds: [cloud(key)] },
        ),
      );
    fc.assert(
      fc.property(summaries, fc.nat(), (parts, cut) => {
        // Act
        const inOrder = parts.reduce(mergeAnalysis, emptyAnalysis());
        const split = Math.min(cut, parts.length);
        const left = parts.slice(0, split).reduce(mergeAnalysis, emptyAnalysis());
        const right = parts.slice(split).reduce(mergeAnalysis, emptyAnalysis());
        const reversed = [...parts].reverse().reduce(mergeAnalysis, emptyAnalysis());

        // Assess
        expect(mergeAnalysis(left, right)).toEqual(inOrder);
        expect(reversed).toEqual(inOrder);
      }),
    );
  });
});

describe('summarizeOutcomes', () => {
  it('merges the summaries and counts failed objects, caught items included', async () => {
    // Prepare
    const results = [
      outcome({ videos: [video('b.mp4')], clouds: [cloud('c.pcd')] }, 1),
      { status: 'FAILED', item: { key: 'x.las', size: 3 }, error: { Error: 'States.Timeout', Cause: 'late' } },
      outcome({ videos: [video('a.mov')], clouds: [] }),
    ];

    // Act
    const { summary, failedObjects } = await summarizeOutcomes(results, createMemoryOutputWriter());

    // Assess
    expect(summary.videos.map((v) => v.key)).toEqual(['a.mov', 'b.mp4']);
    expect(summary.clouds.map((c) => c.key)).toEqual(['c.pcd']);
    expect(failedObjects).toBe(2);
  });

  it('reads the Distributed Map outcomes from the ResultWriter manifest, failed batches included', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const succeeded = await output.putJson('map-results/run/SUCCEEDED_0.json', [
      { Status: 'SUCCEEDED', Output: JSON.stringify(outcome({ videos: [video('v.mp4')], clouds: [cloud('a.pcd')] })) },
      { Status: 'SUCCEEDED', Output: JSON.stringify(outcome({ videos: [], clouds: [cloud('b.las', 'FAILED')] }, 1)) },
    ]);
    const failed = await output.putJson('map-results/run/FAILED_0.json', [
      {
        Status: 'FAILED',
        Input: JSON.stringify({
          Items: [
            { key: 'x.pcd', size: 1 },
            { key: 'y.mov', size: 1 },
          ],
        }),
        Error: 'Lambda.Unknown',
        Cause: '{"errorMessage":"boom"}',
      },
    ]);
    const manifest = await output.putJson('map-results/run/manifest.json', {
      ResultFiles: { SUCCEEDED: [{ Key: succeeded }], FAILED: [{ Key: failed }] },
    });

    // Act
    const results = { MapRunArn: 'arn:map-run', ResultWriterDetails: { Bucket: 'out', Key: manifest } };
    const { summary, failedObjects } = await summarizeOutcomes(results, output);

    // Assess: one object failed inside a batch, two in the failed batch.
    expect(summary.videos.map((v) => v.key)).toEqual(['v.mp4']);
    expect(summary.clouds.map((c) => [c.key, c.status])).toEqual([
      ['a.pcd', 'PASSED'],
      ['b.las', 'FAILED'],
    ]);
    expect(failedObjects).toBe(3);
  });

  it('rejects a summary of another shape with a ValidationError naming the outcome', async () => {
    // Prepare
    const results = [
      outcome({ videos: [video('a.mp4')], clouds: [] }),
      { ...outcome(emptyAnalysis()), summary: { videos: 3 } },
    ];

    // Act / Assess
    await expect(summarizeOutcomes(results, createMemoryOutputWriter())).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('summary of succeeded outcome 1'),
    });
  });
});
