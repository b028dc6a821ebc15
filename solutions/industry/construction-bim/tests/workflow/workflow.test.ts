import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { ModelResult } from '../../src/domain/bim-stage';
import type { ModelHistory } from '../../src/domain/model-history';
import type { SiteSummary } from '../../src/domain/report';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  it('succeeds with both branches, the safety check and the report', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('reports the models counts, the diff of the second version and the drawings', () => {
    // Act
    const report = run.readJson<RunReport<SiteSummary>>('_report.json');

    // Assess
    expect(report.discovered.objects).toBe(8);
    expect(report.processed).toMatchObject({ objects: 8, succeeded: 6, failed: 2 });
    expect(report.summary.bim).toMatchObject({ models: 3, revitFiles: 1, bySchema: { IFC2X3: 1, IFC4: 2 } });
    expect(report.summary.bim.elements).toMatchObject({ wall: 26, door: 12, stair: 5, column: 20, beam: 9 });
    const v2 = report.summary.bim.diffs.find((diff) => diff.key === 'models/tower-a_v2.ifc');
    expect(v2).toEqual({
      key: 'models/tower-a_v2.ifc',
      modelKey: 'models/tower-a',
      baseline: false,
      previousKey: 'models/tower-a_v1.ifc',
      added: { IFCWALL: 2, IFCWINDOW: 2 },
      removed: { IFCBEAM: 1 },
    });
    expect(report.summary.drawings).toMatchObject({ drawings: 2, bySource: { 'text-layer': 2 }, tables: 1 });
  });

  it('lists the failed files with named errors and byte offsets', () => {
    const report = run.readJson<RunReport<SiteSummary>>('_report.json');
    const failures = Object.fromEntries(report.failures.map((f) => [f.item, f]));
    expect(failures['models/legacy-ifc4x1.ifc']).toMatchObject({ error: 'IfcSchemaError' });
    expect(failures['models/tower-c-truncated.ifc']).toMatchObject({ error: 'IfcTruncatedError' });
    expect(failures['models/tower-c-truncated.ifc']?.message).toMatch(/byte \d+/);
  });

  it('fires the egress, structural and materials rules and records the narrative', () => {
    // Act
    const safety = run.readJson<{
      source: string;
      violationCount: number;
      findings: Array<{ rule: string; subject: string }>;
    }>('_safety.json');

    // Assess
    expect(safety.findings.map((f) => `${f.rule} ${f.subject}`).sort()).toEqual([
      'egress.door-width models/tower-a_v2.ifc',
      'egress.stairs models/annex-b.ifc',
      'materials.flagged drawings/demolition-survey.pdf',
      'structural.frame models/annex-b.ifc',
    ]);
    expect(safety.violationCount).toBe(4);
    expect(safety.source).toBe('model');
  });

  it('writes the model history after the diff and one result per model', () => {
    const history = run.readJson<ModelHistory>('metadata/history/models/tower-a.json');
    expect(history.current.sourceKey).toBe('models/tower-a_v2.ifc');
    expect(history.previous?.sourceKey).toBe('models/tower-a_v1.ifc');
    const v1 = run.outputs.find((o) => o.key.startsWith('bim/') && o.key.includes('tower-a_v1'));
    const result = run.readJson<ModelResult>(v1?.key ?? 'missing');
    expect(result.diff.baseline).toBe(true);
    expect(result.facts.storeys).toHaveLength(2);
  });
});
