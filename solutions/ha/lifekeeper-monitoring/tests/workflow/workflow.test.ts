import path from 'node:path';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { localRun } from '@fsxn-s3ap/tools/testing';
import type { HealthAnalysis } from '../../src/domain/assess-health';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('monitoring workflow (local runtime, demo-data)', () => {
  const run = localRun(PATTERN_DIR, {}, 120_000);

  it('analyses the six logs on one Distributed Map run and reads its result files back', () => {
    // Assess
    expect(run().mapRuns).toEqual([
      expect.objectContaining({ stateName: 'AnalyzeLogs', status: 'SUCCEEDED', items: 6, failedItems: 0 }),
    ]);
    expect(run().outputs.some((output) => /^map-results\/.+\/manifest\.json$/.test(output.key))).toBe(true);
  });

  it('writes analysis.json with the demo score and the failover transitions', () => {
    // Act
    const analysis = run().readJson<HealthAnalysis>('analysis.json');

    // Assess
    expect(analysis.health).toMatchObject({ score: 15, level: 'CRITICAL', failovers: 2 });
    expect(analysis.files).toHaveLength(6);
    expect(analysis.rootCause).toMatchObject({ advisory: true, affected_layer: 'network' });
    const transitions = analysis.files.flatMap((file) => file.scan.transitions.map((entry) => entry.transition));
    expect(analysis.failedCount).toBe(0);
    expect(transitions).toEqual(expect.arrayContaining(['ISP->OSF', 'ISS->ISP']));
  });

  it('writes the Markdown health report next to it', () => {
    // Assess
    const report = run().outputs.find((output) => output.key.endsWith('/health-report.md'));
    expect(report?.key).toMatch(/^ha-monitoring\/lifekeeper-cluster\/\d{8}T\d{6}Z\/health-report\.md$/);
  });
});

describe('monitoring workflow (local runtime, outputs back onto the volume)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true, params: { OutputDestination: 'FSXN_S3AP' } });
  }, 120_000);

  it('writes the manifest, the run report and the health analysis under the access point prefix', () => {
    // Assess
    expect(run.status).toBe('SUCCEEDED');
    const keys = run.outputs.map((output) => output.key);
    expect(keys.some((key) => /^ai-outputs\/manifests\//.test(key))).toBe(true);
    expect(keys.some((key) => /^ai-outputs\/map-results\//.test(key))).toBe(true);
    expect(keys.some((key) => /^ai-outputs\/reports\/.+_report\.json$/.test(key))).toBe(true);
    expect(keys.some((key) => /^ai-outputs\/ha-monitoring\/lifekeeper-cluster\/.+\/analysis\.json$/.test(key))).toBe(
      true,
    );
  });
});
