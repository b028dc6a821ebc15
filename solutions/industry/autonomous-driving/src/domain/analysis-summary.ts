/**
 * What the analysis Map adds up: a short entry per video and per point cloud (the frames and findings stay in the
 * result files). Inference and the annotations read it back from the Map's outcomes through the kit.
 */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { count, nonEmptyString, parseWith, z } from '@fsxn-s3ap/shared/schema';
import { readOutcomes } from '@fsxn-s3ap/shared/workflow';

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

/** The run's summary and its failed objects, folded from the Map's outcomes (payload array or ResultWriter files). */
export async function summarizeOutcomes(
  results: unknown,
  output: Pick<OutputWriter, 'getJson'>,
): Promise<{ summary: AnalysisSummary; failedObjects: number }> {
  let summary = emptyAnalysis();
  let failedObjects = 0;
  let index = 0;
  for await (const outcome of readOutcomes<unknown>(results, output)) {
    if (outcome.status === 'FAILED') failedObjects += outcome.objects;
    else {
      failedObjects += outcome.failedCount;
      summary = mergeAnalysis(summary, parseWith(AnalysisSummarySchema, outcome.summary, `results[${index}].summary`));
    }
    index += 1;
  }
  return { summary, failedObjects };
}
