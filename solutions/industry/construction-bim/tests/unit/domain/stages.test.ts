import { DemoDocumentOcr } from '@fsxn-s3ap/shared/ai';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { demoFiles } from '../../../scripts/demo-data/files';
import { bimStage } from '../../../src/domain/bim-stage';
import { drawingStage } from '../../../src/domain/drawing-stage';

const settings = { minDoorWidthMm: 800, flaggedMaterials: ['asbestos'], maxDrawingBytes: 1_000_000 };

describe('bimStage', () => {
  it('parses models in order, diffs the second version, records failures and checks Revit signatures', async () => {
    // Prepare
    const files = await demoFiles();
    const models = Object.keys(files)
      .filter((key) => key.startsWith('models/'))
      .sort();
    const bad = new Uint8Array(16);
    const kit = testKit({
      files: { ...Object.fromEntries(models.map((k) => [k, files[k] as Uint8Array])), 'x.rvt': bad },
    });
    const handler = createItemHandler({ ...bimStage, settings: () => settings }, kit);
    const objects = [...models, 'x.rvt'].map((key) => ({ key, size: (files[key] ?? bad).length }));

    // Act
    const outcome = await handler(batchEvent(objects));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 4, failedCount: 3 });
    expect(outcome.failures.map((f) => f.error).sort()).toEqual([
      'IfcSchemaError',
      'IfcTruncatedError',
      'RvtSignatureError',
    ]);
    expect(outcome.summary).toMatchObject({ models: 3, revitFiles: 1, changedModels: 1, findingCount: 3 });
    expect(kit.output.objects.get('out/metadata/history/models/tower-a.json')).toMatchObject({
      current: { sourceKey: 'models/tower-a_v2.ifc' },
      previous: { sourceKey: 'models/tower-a_v1.ifc' },
    });
  });

  it('fails an item with ModelHistoryError when the history record is corrupt, writing nothing over it', async () => {
    // Prepare
    const files = await demoFiles();
    const key = 'models/tower-a_v1.ifc';
    const kit = testKit({ files: { [key]: files[key] as Uint8Array } });
    await kit.output.putJson('metadata/history/models/tower-a.json', { nope: true });
    const handler = createItemHandler({ ...bimStage, settings: () => settings }, kit);

    // Act
    const outcome = await handler(batchEvent([{ key, size: (files[key] as Uint8Array).length }]));

    // Assess
    expect(outcome.failures[0]?.error).toBe('ModelHistoryError');
    expect(kit.output.objects.get('out/metadata/history/models/tower-a.json')).toEqual({ nope: true });
  });
});

describe('drawingStage', () => {
  it('reads drawings by their text layer and flags asbestos', async () => {
    // Prepare
    const files = await demoFiles();
    const keys = ['drawings/demolition-survey.pdf', 'drawings/floor-plan-level-1.pdf'];
    const kit = testKit({ files: Object.fromEntries(keys.map((k) => [k, files[k] as Uint8Array])) });
    const stage = { ...drawingStage, settings: () => settings, ports: () => ({ ocr: new DemoDocumentOcr() }) };

    // Act
    const outcome = await createItemHandler(stage, kit)(batchEvent(keys.map((key) => ({ key, size: 1 }))));

    // Assess
    expect(outcome.summary).toMatchObject({ drawings: 2, tables: 1, findingCount: 1, bySource: { 'text-layer': 2 } });
    expect(outcome.summary.findings[0]).toMatchObject({ rule: 'materials.flagged', subject: keys[0] });
  });
});
