/**
 * What the analysis Map adds up: a short entry per video and per point cloud (the frames and findings stay in the
 * result files). Inference and the annotations read it back from the Map's outcomes through the kit.
 */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { count, nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { foldOutcomes, readOutcomes, type SummaryReducer } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';

const VideoSummarySchema = z.object({
  key: nonEmptyString(),
  resultKey: nonEmptyString(),
  durationMs: count(),
  width: count(),
  height: count(),
  codec: z.string(),
  plannedFrames: count(),
  labelledFrames: count(),
});

const CloudSummarySchema = z.object({
  key: nonEmptyString(),
  resultKey: nonEmptyString(),
  format: z.enum(['pcd', 'las']),
  status: z.enum(['PASSED', 'FAILED']),
  points: count(),
  errors: count(),
  warnings: count(),
});

const AnalysisSummarySchema = z.object({
  videos: z.array(VideoSummarySchema),
  clouds: z.array(CloudSummarySchema),
});

/** One analysed video: container facts and how many frames were planned and labelled. */
export type VideoSummary = z.infer<typeof VideoSummarySchema>;
/** One checked point cloud: what inference and the annotations need of it. */
export type CloudSummary = z.infer<typeof CloudSummarySchema>;
/** The run's videos and point clouds, each list sorted by key. */
export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

/** What one file's analysis returns to the Map. */
export type AnalysisResult = { kind: 'video'; video: VideoSummary } | { kind: 'cloud'; cloud: CloudSummary };

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export const emptyAnalysis = (): AnalysisSummary => ({ videos: [], clouds: [] });

/** Both summaries' entries, sorted by key: merging in any order or split gives the same summary. */
export function mergeAnalysis(a: AnalysisSummary, b: AnalysisSummary): AnalysisSummary {
  return { videos: [...a.videos, ...b.videos].sort(byKey), clouds: [...a.clouds, ...b.clouds].sort(byKey) };
}

/** `total` with one file's result added. */
export function addAnalysis(total: AnalysisSummary, result: AnalysisResult): AnalysisSummary {
  return mergeAnalysis(
    total,
    result.kind === 'video' ? { videos: [result.video], clouds: [] } : { videos: [], clouds: [result.cloud] },
  );
}

/** The analysis stage's summary reducer, shared by the stage and the report. */
export const analysisSummary: SummaryReducer<AnalysisResult, AnalysisSummary> = {
  empty: emptyAnalysis,
  add: addAnalysis,
  merge: mergeAnalysis,
};

/**
 * The run's summary and its failed objects, folded by the kit from the Map's outcomes (a payload array, or the
 * Distributed Map's ResultWriter manifest and result files); each summary is checked before it is merged.
 */
export async function summarizeOutcomes(
  results: unknown,
  output: Pick<OutputWriter, 'getJson'>,
): Promise<{ summary: AnalysisSummary; failedObjects: number }> {
  let merged = 0;
  // The result files are parsed JSON: each summary is checked here, typed only after the check.
  const reducer = {
    empty: emptyAnalysis,
    merge: (total: AnalysisSummary, summary: AnalysisSummary) =>
      mergeAnalysis(total, parseWith(AnalysisSummarySchema, summary, `summary of succeeded outcome ${merged++}`)),
  };
  const outcomes = readOutcomes<AnalysisSummary>(results, output);
  const { summary, processed } = await foldOutcomes<AnalysisSummary>(outcomes, reducer);
  return { summary, failedObjects: processed.failed };
}
