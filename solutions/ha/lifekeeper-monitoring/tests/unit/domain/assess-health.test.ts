import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { createMemoryOutputWriter, createRecordingNotifier } from '@fsxn-s3ap/shared/testing';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import type { FileAnalysis } from '../../../src/domain/analyze-file';
import { alertSubject, assessHealth, MAX_SUBJECT_LENGTH } from '../../../src/domain/assess-health';
import type { Severity } from '../../../src/domain/classify';
import { healthScore } from '../../../src/domain/health-score';
import type { HealthSummary } from '../../../src/domain/log-analysis';
import type { MonitoringSettings } from '../../../src/domain/settings';
import { fileAnalysis } from './file-analysis';

const file = fileAnalysis;

function runReport(files: FileAnalysis[], failed = 0): RunReport<HealthSummary> {
  return {
    useCase: 'HA-LK',
    title: 'LifeKeeper health',
    executionId: 'e1',
    generatedAt: '2026-06-21T02:30:00.000Z',
    manifestKey: 'manifests/e1.json',
    trigger: 'SCHEDULE',
    reason: '',
    discovered: { objects: files.length + failed, bytes: files.length + failed, truncated: false },
    processed: { objects: files.length + failed, succeeded: files.length, failed, bytes: files.length },
    failures: Array.from({ length: failed }, (_, index) => ({
      item: `gone-${index}.log`,
      error: 'ObjectNotFoundError',
      message: 'gone',
    })),
    summary: { files },
  };
}

const settings = (alertSeverity: Severity): MonitoringSettings => ({
  inputPrefix: 'lifekeeper/logs/',
  readCapBytes: 102_400,
  clusterName: 'c1',
  alertSeverity,
});

async function assess(files: FileAnalysis[], alertSeverity: Severity, failed = 0) {
  const output = createMemoryOutputWriter();
  const notifier = createRecordingNotifier();
  const outcome = await assessHealth(runReport(files, failed), 'reports/e1_report.json', {
    settings: settings(alertSeverity),
    output,
    generator: new DemoTextGenerator(),
    notifier,
    now: new Date('2026-06-21T02:30:00Z'),
  });
  return { outcome, output, notifier };
}

describe('assessHealth', () => {
  // One serious communication log: 85/100, WARNING (MEDIUM).
  const warning = [file('comm.log', 'communication_log', 'HIGH'), file('ok.log', 'general_log', 'LOW')];

  it('does not alert below FAILOVER_ALERT_SEVERITY, and alerts at or above it', async () => {
    // Act
    const quiet = await assess(warning, 'CRITICAL');
    const loud = await assess(warning, 'MEDIUM');

    // Assess
    expect(quiet.outcome).toMatchObject({ score: 85, level: 'WARNING', alerted: false });
    expect(quiet.notifier.messages).toEqual([]);
    expect(loud.outcome.alerted).toBe(true);
    expect(loud.notifier.messages.map((message) => message.subject)).toEqual([
      '[WARNING] LifeKeeper Cluster Alert: c1 (Score: 85/100)',
    ]);
  });

  it('records the logs that could not be read and says the score leaves them out', async () => {
    // Act
    const { outcome, output } = await assess(warning, 'CRITICAL', 2);

    // Assess
    const analysis = output.objects.get(outcome.analysisKey) as { failedCount: number; failedLogs: unknown[] };
    expect(analysis.failedCount).toBe(2);
    expect(analysis.failedLogs).toHaveLength(2);
    expect(String(output.objects.get(outcome.healthReportKey))).toContain('- Logs not read (left out of the score): 2');
  });

  it('keeps the alert subject within the SNS limit', () => {
    // Act
    const subject = alertSubject('x'.repeat(200), healthScore([]));

    // Assess
    expect(subject).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(subject.endsWith('...')).toBe(true);
  });
});
