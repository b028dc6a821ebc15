import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { localRun } from '@fsxn-s3ap/tools/testing';
import { type InventorySummary, type ObjectResult, RESULT_SUFFIX } from '../../src/domain/inventory';

type InventoryReport = RunReport<InventorySummary>;
const REPORT_SUFFIX = '_report.json';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const DEMO_FILES = readdirSync(DEMO_DIR).sort();

describe('workflow (local runtime, demo-data)', () => {
  const run = localRun(PATTERN_DIR, {}, 120_000);

  it('reports every demo file, counted by type', () => {
    // Prepare
    const demoBytes = DEMO_FILES.reduce((sum, file) => sum + statSync(path.join(DEMO_DIR, file)).size, 0);

    // Act
    const report = run().readJson<InventoryReport>(REPORT_SUFFIX);

    // Assess
    expect(report.discovered).toMatchObject({ objects: DEMO_FILES.length, bytes: demoBytes, truncated: false });
    expect(report.processed).toMatchObject({
      objects: DEMO_FILES.length,
      succeeded: DEMO_FILES.length,
      bytes: demoBytes,
      failed: 0,
    });
    expect(report.summary.nonUtf8Files).toBe(1);
    expect(report.summary.byType).toEqual({ png: 1, text: DEMO_FILES.length - 1 });
  });

  it('writes one result per demo file with the SHA-256 of its content', () => {
    // Act
    const results = run()
      .outputs.filter((output) => output.key.startsWith('results/') && output.key.endsWith(RESULT_SUFFIX))
      .map((output) => run().readJson<ObjectResult>(output.key));

    // Assess
    expect(results).toHaveLength(DEMO_FILES.length);
    for (const file of DEMO_FILES) {
      const result = results.find((candidate) => candidate.key === file || candidate.key.endsWith(`/${file}`));
      const sha256 = createHash('sha256')
        .update(readFileSync(path.join(DEMO_DIR, file)))
        .digest('hex');
      expect(result).toMatchObject({ sha256 });
    }
  });
});

describe('workflow (local runtime, one FPolicy event)', () => {
  // The sample bus event the FPolicy rule would deliver, for one demo file.
  const event = JSON.parse(readFileSync(path.join(PATTERN_DIR, 'events', 'fpolicy-event.json'), 'utf8')) as {
    detail: { file_path: string };
  };
  const file = event.detail.file_path;
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true, input: event });
  }, 120_000);

  it('inventories exactly the file the event names', () => {
    // Prepare
    const sha256 = createHash('sha256')
      .update(readFileSync(path.join(DEMO_DIR, file)))
      .digest('hex');

    // Act
    const results = run.outputs
      .filter((output) => output.key.startsWith('results/') && output.key.endsWith(RESULT_SUFFIX))
      .map((output) => run.readJson<ObjectResult>(output.key));

    // Assess
    expect(run.status).toBe('SUCCEEDED');
    expect(DEMO_FILES).toContain(file);
    expect(results.map((result) => result.key)).toEqual([file]);
    expect(results[0]).toMatchObject({ sha256 });
  });

  it('reports one discovered and inventoried object', () => {
    // Act
    const report = run.readJson<InventoryReport>(REPORT_SUFFIX);

    // Assess
    const bytes = statSync(path.join(DEMO_DIR, file)).size;
    expect(report.discovered).toMatchObject({ objects: 1, bytes, truncated: false });
    expect(report.processed).toMatchObject({ objects: 1, succeeded: 1, bytes, failed: 0 });
    expect(report.trigger).toBe('FPOLICY');
  });
});

describe('workflow (local runtime, standard options)', () => {
  it('replays the sample FPolicy events through the bus rule when TriggerMode is EVENT_DRIVEN', async () => {
    // Act
    const run = await runPattern(PATTERN_DIR, { quiet: true, params: { TriggerMode: 'EVENT_DRIVEN' } });

    // Assess: the rule started the run with the event, so exactly the event's file was inventoried.
    const report = run.readJson<InventoryReport>(REPORT_SUFFIX);
    expect(run.status).toBe('SUCCEEDED');
    expect(report.trigger).toBe('FPOLICY');
    expect(report.processed.succeeded).toBe(1);
  }, 120_000);

  it('writes results back onto the volume through the access point when OutputDestination is FSXN_S3AP', async () => {
    // Act
    const run = await runPattern(PATTERN_DIR, { quiet: true, params: { OutputDestination: 'FSXN_S3AP' } });

    // Assess
    const results = run.outputs.filter((output) => output.key.endsWith(RESULT_SUFFIX));
    expect(run.status).toBe('SUCCEEDED');
    expect(results).toHaveLength(DEMO_FILES.length);
    expect(
      results.every((output) => output.bucket.endsWith('-ext-s3alias') && output.key.startsWith('ai-outputs/')),
    ).toBe(true);
  }, 120_000);
});
