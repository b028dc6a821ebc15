/** How the run report reads: the videos with their frames, the point clouds with their QC. */
import type { ReportSection, ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type AnalysisSummary, analysisSummary } from './analysis-summary';

/** The report of a run. */
export const analysisReport: ReportSpec<AnalysisSummary> = {
  title: 'Video and LiDAR quality checks',
  summary: analysisSummary,
  sections(summary): ReportSection[] {
    const passed = summary.clouds.filter((cloud) => cloud.status === 'PASSED').length;
    return [
      {
        title: 'Videos',
        columns: ['Video', 'Codec', 'Size', 'Duration (ms)', 'Frames planned', 'Frames labelled'],
        rows: summary.videos.map((v) => [
          v.key,
          v.codec,
          `${v.width}x${v.height}`,
          v.durationMs,
          v.plannedFrames,
          v.labelledFrames,
        ]),
      },
      {
        title: 'Point clouds',
        facts: [['Passed QC', `${passed} of ${summary.clouds.length}`]],
        columns: ['Point cloud', 'Format', 'QC', 'Points', 'Errors', 'Warnings'],
        rows: summary.clouds.map((c) => [c.key, c.format, c.status, c.points, c.errors, c.warnings]),
      },
    ];
  },
  headline: (report) =>
    `${report.summary.videos.length} videos, ${report.summary.clouds.length} point clouds, ${report.processed.failed} failed`,
};
