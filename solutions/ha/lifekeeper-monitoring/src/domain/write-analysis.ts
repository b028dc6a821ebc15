/** The report step: score, root-cause analysis, analysis.json, the Markdown report and the alert. */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { FileAnalysis } from './analyze-file';
import type { Severity } from './classify';
import { type HealthScore, healthScore, shouldAlert } from './health-score';
import { renderHealthReport } from './report-markdown';
import { analyzeRootCause, type RootCauseAnalysis } from './root-cause';

/** Sends the alert. */
export interface Notifier {
  publish(subject: string, message: string): Promise<void>;
}

/** What analysis.json holds. */
export interface HealthAnalysis {
  cluster: string;
  executionId: string;
  generatedAt: string;
  prefix: string;
  health: HealthScore;
  rootCause: RootCauseAnalysis;
  files: FileAnalysis[];
  /** Map items that could not be analysed after retries; their logs are missing from the score. */
  failedItems: { item: unknown; error: unknown }[];
}

/** What the state machine gets back. */
export interface ReportOutcome {
  cluster: string;
  score: number;
  level: HealthScore['level'];
  analysisKey: string;
  reportKey: string;
  alerted: boolean;
}

/** `YYYYMMDDTHHMMSSZ`, safe in a key. */
export function compactTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The SNS subject (at most 100 characters). */
export function alertSubject(cluster: string, health: HealthScore): string {
  const subject = `[${health.level}] LifeKeeper Cluster Alert: ${cluster} (Score: ${health.score}/100)`;
  return subject.length <= 100 ? subject : `${subject.slice(0, 97)}...`;
}

/** Scores the cluster, asks for the root cause, writes both outputs and alerts when the level reaches `alertSeverity`. */
export async function writeAnalysis(
  input: { executionId: string; files: FileAnalysis[]; failed?: { item: unknown; error: unknown }[] },
  deps: {
    cluster: string;
    prefix: string;
    alertSeverity: Severity;
    output: OutputWriter;
    generator: TextGenerator;
    notifier: Notifier | undefined;
    now: Date;
  },
): Promise<ReportOutcome> {
  const files = [...input.files].sort((a, b) => a.key.localeCompare(b.key));
  const health = healthScore(files);
  const rootCause = await analyzeRootCause(deps.generator, deps.cluster, health, files);
  const analysis: HealthAnalysis = {
    cluster: deps.cluster,
    executionId: input.executionId,
    generatedAt: deps.now.toISOString(),
    prefix: deps.prefix,
    health,
    rootCause,
    files,
    failedItems: input.failed ?? [],
  };
  const base = `ha-monitoring/${deps.cluster}/${compactTimestamp(deps.now)}`;
  const analysisKey = await deps.output.putJson(`${base}/analysis.json`, analysis);
  const markdown = renderHealthReport(analysis);
  const reportKey = await deps.output.putText(`${base}/health-report.md`, markdown, 'text/markdown; charset=utf-8');
  const alerted = deps.notifier !== undefined && shouldAlert(health.level, deps.alertSeverity);
  if (alerted) await deps.notifier?.publish(alertSubject(deps.cluster, health), markdown);
  return { cluster: deps.cluster, score: health.score, level: health.level, analysisKey, reportKey, alerted };
}
