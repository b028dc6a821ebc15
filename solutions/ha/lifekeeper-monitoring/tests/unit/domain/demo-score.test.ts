import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, type DiscoveryFacts } from '@fsxn-s3ap/shared/workflow';
import type { HealthAnalysis } from '../../../src/domain/assess-health';
import { createHealthReportHandler } from '../../../src/domain/health-report-handler';
import { logAnalysis } from '../../../src/domain/log-analysis';
import type { MonitoringSettings } from '../../../src/domain/settings';

const DEMO = path.resolve(__dirname, '../../../demo-data');
const PREFIX = 'lifekeeper/logs/';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? listFiles(file) : [file];
  });
}

const demoFiles = Object.fromEntries(
  listFiles(DEMO).map((file) => [path.relative(DEMO, file).split(path.sep).join('/'), readFileSync(file)]),
);

const settings = (alertSeverity: MonitoringSettings['alertSeverity']): MonitoringSettings => ({
  inputPrefix: PREFIX,
  readCapBytes: 102_400,
  clusterName: 'demo',
  alertSeverity,
});

async function runDemo(alertSeverity: MonitoringSettings['alertSeverity']) {
  const kit = testKit({ files: demoFiles, settings: { inputPrefix: PREFIX }, now: '2026-06-21T02:30:00Z' });
  const objects = kit.input.summaries();
  const outcome = await createItemHandler(logAnalysis, { ...kit, settings: settings(alertSeverity) })({
    Items: objects,
    BatchInput: { executionId: 'e1' },
  });
  const discovery: DiscoveryFacts = {
    manifestKey: 'manifests/e1.json',
    totalObjects: objects.length,
    totalBytes: objects.reduce((sum, object) => sum + object.size, 0),
    truncated: false,
  };
  const report = createHealthReportHandler(kit, {
    settings: settings(alertSeverity),
    generator: new DemoTextGenerator(),
  });
  return { kit, result: await report({ executionId: 'e1', discovery, results: [outcome] }) };
}

describe('demo data through the stage and the report', () => {
  it('scores 15/100 CRITICAL: two failover logs (-60, capped), one comm log (-15), one recovery-kit log (-10)', async () => {
    // Act
    const { kit, result } = await runDemo('CRITICAL');

    // Assess
    expect(result).toMatchObject({
      objects: 6,
      succeeded: 6,
      failed: 0,
      notified: false,
      cluster: 'demo',
      score: 15,
      level: 'CRITICAL',
      analysisKey: `${kit.output.prefix}ha-monitoring/demo/20260621T023000Z/analysis.json`,
      healthReportKey: `${kit.output.prefix}ha-monitoring/demo/20260621T023000Z/health-report.md`,
      alerted: true,
    });
    const analysis = kit.output.objects.get(result.analysisKey) as HealthAnalysis;
    expect(analysis.files.map((file) => file.key)).toEqual(Object.keys(demoFiles).sort());
    expect(analysis.rootCause).toMatchObject({ advisory: true, affected_layer: 'network' });
    expect(kit.notifier.messages).toHaveLength(1);
    expect(kit.notifier.messages[0]?.subject).toBe('[CRITICAL] LifeKeeper Cluster Alert: demo (Score: 15/100)');
    expect(kit.notifier.messages[0]?.message).toContain('| lifekeeper/logs/lk-node1/lifekeeper.log |');
  });

  it('writes the health sections into the run report Markdown too', async () => {
    // Act
    const { kit, result } = await runDemo('CRITICAL');

    // Assess
    const markdown = String(kit.output.objects.get(result.summaryKey));
    expect(markdown).toContain('- Score: 15/100 - CRITICAL');
    expect(markdown).toMatch(/\| [^|]+ \| lifekeeper\/logs\/lk-node1\/lifekeeper\.log \| [^|]+ \| ISP->OSF \|/);
  });
});
