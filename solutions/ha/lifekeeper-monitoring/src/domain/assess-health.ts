/** The health assessment of a run: score, advisory root cause, analysis.json, the health report and the alert. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { type FailureRecord, type Notifier, type RunReport, renderMarkdown } from '@fsxn-s3ap/shared/workflow';
import type { FileAnalysis } from './analyze-file';
import { type HealthScore, healthScore, shouldAlert } from './health-score';
import { healthSections, rootCauseSections } from './health-sections';
import type { HealthSummary } from './log-analysis';
import { analyzeRootCause, type RootCauseAnalysis } from './root-cause';
import type { MonitoringSettings } from './settings';

/** SNS subjects are limited to 100 characters. */
export const MAX_SUBJECT_LENGTH = 100;

/** What analysis.json holds. */
export interface HealthAnalysis {
  cluster: string;
  executionId: string;
  generatedAt: string;
  prefix: string;
  /** The kit's run report this analysis reads. */
  runReportKey: string;
  health: HealthScore;
  rootCause: RootCauseAnalysis;
  files: FileAnalysis[];
  /** Logs that could not be read after retries (the first ones); the score leaves them out. */
  failedLogs: FailureRecord[];
  failedCount: number;
}

/** What the assessment adds to the report task's output. */
export interface HealthOutcome {
  cluster: string;
  score: number;
  level: HealthScore['level'];
  analysisKey: string;
  healthReportKey: string;
  alerted: boolean;
}

/** What {@link assessHealth} uses. */
export interface AssessPorts {
  settings: MonitoringSettings;
  output: Pick<OutputWriter, 'putJson' | 'putText'>;
  generator: TextGenerator;
  notifier: Notifier | undefined;
  now: Date;
}

/** `YYYYMMDDTHHMMSSZ`, safe in a key. */
export function compactTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The SNS subject (at most {@link MAX_SUBJECT_LENGTH} characters). */
export function alertSubject(cluster: string, health: HealthScore): string {
  const subject = `[${health.level}] LifeKeeper Cluster Alert: ${cluster} (Score: ${health.score}/100)`;
  return subject.length <= MAX_SUBJECT_LENGTH ? subject : `${subject.slice(0, MAX_SUBJECT_LENGTH - 3)}...`;
}

/**
 * Scores the run's logs, asks for the advisory root cause, writes `ha-monitoring/<cluster>/<time>/analysis.json`
 * and `health-report.md`, and alerts when the level reaches FAILOVER_ALERT_SEVERITY.
 */
export async function assessHealth(
  report: RunReport<HealthSummary>,
  runReportKey: string,
  ports: AssessPorts,
): Promise<HealthOutcome> {
  const { settings } = ports;
  const files = report.summary.files;
  const health = healthScore(files);
  const rootCause = await analyzeRootCause(ports.generator, settings.clusterName, health, files);
  const analysis: HealthAnalysis = {
    cluster: settings.clusterName,
    executionId: report.executionId,
    generatedAt: ports.now.toISOString(),
    prefix: settings.inputPrefix,
    runReportKey,
    health,
    rootCause,
    files,
    failedLogs: report.failures,
    failedCount: report.processed.failed,
  };
  const base = `ha-monitoring/${settings.clusterName}/${compactTimestamp(ports.now)}`;
  const analysisKey = await ports.output.putJson(`${base}/analysis.json`, analysis);
  const unread: [string, number | string][] =
    analysis.failedCount > 0 ? [['Logs not read (left out of the score)', analysis.failedCount]] : [];
  const sections = [...healthSections(health, files), ...rootCauseSections(rootCause)];
  if (unread.length > 0) sections[0]?.facts?.push(...unread);
  const markdown = renderMarkdown(`LifeKeeper health report: ${settings.clusterName}`, analysis.generatedAt, sections);
  const healthReportKey = await ports.output.putText(
    `${base}/health-report.md`,
    markdown,
    'text/markdown; charset=utf-8',
  );
  const alerted = ports.notifier !== undefined && shouldAlert(health.level, settings.alertSeverity);
  if (alerted) await ports.notifier?.publish(alertSubject(settings.clusterName, health), markdown);
  return {
    cluster: settings.clusterName,
    score: health.score,
    level: health.level,
    analysisKey,
    healthReportKey,
    alerted,
  };
}
