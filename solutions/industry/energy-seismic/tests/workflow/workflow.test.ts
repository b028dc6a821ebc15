import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { demoFiles } from '../../scripts/demo-data/files';
import type { ComplianceReport } from '../../src/domain/compliance';
import type { SurveySummary } from '../../src/domain/report';
import type { SeismicRecord } from '../../src/domain/seismic-stage';
import type { AnomalyRecord } from '../../src/domain/well-log-records';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const DEMO_FILES = Object.keys(demoFiles()).sort();
const FAILING = {
  'seismic/line-103-truncated.segy': 'SegyHeaderError',
  'seismic/line-104-partial-trace.segy': 'SegyTraceCountError',
  'well-logs/well-d4-wrapped.las': 'LasWrapNotSupportedError',
};

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  const jsonLinesUnder = <T>(prefix: string): T[] =>
    run.outputs
      .filter((output) => output.key.startsWith(prefix))
      .flatMap((output) => readFileSync(output.localPath, 'utf8').trim().split('\n'))
      .map((line) => JSON.parse(line) as T);

  it('succeeds', () => {
    // Assess: the error, cause and failed state are in the comparison so a failure explains itself.
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('reports both branches and lists the three broken files as failures', () => {
    // Prepare
    const demoBytes = DEMO_FILES.reduce((sum, file) => sum + statSync(path.join(DEMO_DIR, file)).size, 0);

    // Act
    const report = run.readJson<RunReport<SurveySummary>>('_report.json');

    // Assess
    expect(report.discovered).toMatchObject({ objects: DEMO_FILES.length, bytes: demoBytes });
    expect(report.processed).toMatchObject({ objects: DEMO_FILES.length, succeeded: 5, failed: 3 });
    expect(Object.fromEntries(report.failures.map((failure) => [failure.item, failure.error]))).toEqual(FAILING);
    expect(report.summary.seismic).toMatchObject({
      files: 2,
      traces: 40,
      byByteOrder: { 'big-endian': 1, 'little-endian': 1 },
    });
    expect(report.summary.welllogs).toMatchObject({
      files: 3,
      rows: 650,
      anomalies: 6,
      anomaliesByCurve: { DT: 1, GR: 3, RES: 1, RHOB: 1 },
    });
  });

  it('writes a SEG-Y record per valid file and an anomaly record per injected spike', () => {
    // Act
    const seismic = jsonLinesUnder<SeismicRecord>('seismic/');
    const anomalies = jsonLinesUnder<AnomalyRecord>('anomalies/');

    // Assess
    expect(
      seismic.map((record) => [record.key, record.revision, record.byte_order, record.trace_count]).sort(),
    ).toEqual([
      ['seismic/line-101-rev1.segy', '1.0', 'big-endian', 24],
      ['seismic/line-102-rev2-little-endian.sgy', '2.0', 'little-endian', 16],
    ]);
    expect(anomalies.map((record) => [record.key, record.curve, record.depth, record.value]).sort()).toEqual([
      ['well-logs/well-a1.las', 'DT', 1625, 700],
      ['well-logs/well-a1.las', 'GR', 1520, 400],
      ['well-logs/well-a1.las', 'GR', 1605, 390],
      ['well-logs/well-a1.las', 'RHOB', 1560, 3.6],
      ['well-logs/well-b2.las', 'GR', 2019.25, 420],
      ['well-logs/well-c3.csv', 'RES', 860, 95],
    ]);
  });

  it('queries the records with Athena and writes the compliance report from the query rows', () => {
    // Act
    const compliance = run.readJson<ComplianceReport>('_compliance.json');

    // Assess
    expect(compliance.rows['anomalies-by-curve']).toContainEqual(
      expect.objectContaining({ curve: 'GR', unit: 'GAPI', anomalies: 3, files: 2 }),
    );
    expect(compliance.rows['seismic-survey']).toHaveLength(2);
    expect(compliance.rows['well-log-summary'].map((row) => row.key)).toEqual([
      'well-logs/well-a1.las',
      'well-logs/well-b2.las',
      'well-logs/well-c3.csv',
    ]);
    expect(compliance.findings).toContainEqual(
      expect.objectContaining({ severity: 'MEDIUM', subject: 'SEG-Y rev 2.0 ieee-float32 little-endian' }),
    );
    expect(compliance.narrativeSource).toBe('model');
  });
});
