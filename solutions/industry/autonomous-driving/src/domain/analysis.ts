/**
 * This pattern's per-file stage on the kit: a video is read by range, its frames planned and labelled; a point
 * cloud's header is checked. Each writes one result file and returns a short summary entry. Discovery, Map items,
 * failure records, the run report and the notification come from the kit.
 */
import { createImageLabeler, type ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { UnsupportedFileTypeError } from '../errors';
import { type AnalysisSettings, loadAnalysisSettings } from '../settings';
import { type AnalysisResult, type AnalysisSummary, analysisSummary } from './analysis-summary';
import { checkPointCloud } from './lidar/point-cloud-qc';
import { analyzeVideo } from './video';

/** Suffixes of the two kinds this pattern reads (the template's default SuffixFilter). */
export const VIDEO_SUFFIXES = ['.mp4', '.mov'] as const;
export const LIDAR_SUFFIXES = ['.pcd', '.las'] as const;

/** `results/video/YYYY/MM/DD/<stem>_frames.json` and `results/lidar/YYYY/MM/DD/<stem>_qc.json`. */
export const VIDEO_RESULT_SUFFIX = 'frames.json';
export const LIDAR_RESULT_SUFFIX = 'qc.json';

/** The ports of the stage: the labeler of frames stored as images (DemoMode: the deterministic local one). */
export interface AnalysisPorts {
  labeler: ImageLabeler;
}

const endsWithAny = (key: string, suffixes: readonly string[]) => suffixes.some((suffix) => key.endsWith(suffix));

/** Analyses one video or point cloud; UnsupportedFileTypeError for anything else. */
export const analysis: ItemStage<AnalysisResult, AnalysisSummary, AnalysisSettings, AnalysisPorts> = {
  async process(object, ctx) {
    const lower = object.key.toLowerCase();
    if (endsWithAny(lower, VIDEO_SUFFIXES)) {
      const result = await analyzeVideo(object, {
        input: ctx.input,
        labeler: ctx.ports.labeler,
        frameIntervalMs: ctx.settings.frameIntervalMs,
        maxFrames: ctx.settings.maxFramesPerVideo,
      });
      const key = objectResultKey('results/video', object, VIDEO_RESULT_SUFFIX, ctx.now);
      const resultKey = await ctx.output.putJson(key, result);
      const { durationMs, width, height, codec } = result.container;
      const plannedFrames = result.frames.length;
      const video = { key: object.key, resultKey, durationMs, width, height, codec: codec.trim(), plannedFrames };
      return { kind: 'video', video: { ...video, labelledFrames: result.labelledFrames } };
    }
    if (endsWithAny(lower, LIDAR_SUFFIXES)) {
      const result = await checkPointCloud(object, ctx.input);
      const key = objectResultKey('results/lidar', object, LIDAR_RESULT_SUFFIX, ctx.now);
      const resultKey = await ctx.output.putJson(key, result);
      const findings = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
      const { format, status, points } = result;
      const cloud = { key: object.key, resultKey, format, status, points };
      return { kind: 'cloud', cloud: { ...cloud, errors: findings('error'), warnings: findings('warning') } };
    }
    throw new UnsupportedFileTypeError(
      `${object.key} is neither a video (${VIDEO_SUFFIXES.join(', ')}) nor a point cloud (${LIDAR_SUFFIXES.join(', ')})`,
    );
  },
  summary: analysisSummary,
  settings: () => loadAnalysisSettings(),
  ports: () => ({ labeler: createImageLabeler() }),
};
