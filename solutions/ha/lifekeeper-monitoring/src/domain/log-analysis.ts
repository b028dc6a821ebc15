/**
 * The per-log stage on the kit: read each log within the cap, classify and scan it (analyze-file), and keep the
 * analyses, ordered by key, as the run's summary for the health assessment.
 */
import type { ItemStage, ReportSection, ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { analyzeFile, type FileAnalysis } from './analyze-file';
import { healthScore } from './health-score';
import { healthSections } from './health-sections';
import { loadMonitoringSettings, type MonitoringSettings } from './settings';

/** The analyses of every log read in a run. */
export interface HealthSummary {
  /** Ordered by key (then size), so any split of the run folds to the same summary. */
  files: FileAnalysis[];
}

const byKey = (a: FileAnalysis, b: FileAnalysis) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.size - b.size);

/** The analyses of both summaries, ordered by key. */
export function mergeHealth(a: HealthSummary, b: HealthSummary): HealthSummary {
  return { files: [...a.files, ...b.files].sort(byKey) };
}

/** One log per object: read within READ_CAP_BYTES, classified by key and content, scanned for failovers. */
export const logAnalysis: ItemStage<FileAnalysis, HealthSummary, MonitoringSettings> = {
  process: (object, ctx) =>
    analyzeFile(object, ctx.input, { prefix: ctx.settings.inputPrefix, capBytes: ctx.settings.readCapBytes }),
  summary: {
    empty: () => ({ files: [] }),
    add: (total, file) => mergeHealth(total, { files: [file] }),
    merge: mergeHealth,
  },
  settings: () => loadMonitoringSettings(),
};

/** The run report: the kit's run facts, then the score, the logs and the resource state transitions. */
export const healthReport: ReportSpec<HealthSummary> = {
  title: 'LifeKeeper health',
  summary: logAnalysis.summary,
  sections: (summary): ReportSection[] => healthSections(healthScore(summary.files), summary.files),
  headline: (report) => {
    const health = healthScore(report.summary.files);
    return `${health.level}, score ${health.score}/100 over ${report.summary.files.length} log(s)`;
  },
};
