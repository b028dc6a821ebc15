import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type RunResult, runPattern } from '../../src/local';

const WORKFLOW = path.join(__dirname, 'fixtures', 'workflow');
const UNSUPPORTED = path.join(__dirname, 'fixtures', 'unsupported');
const NO_WORKFLOW = path.join(__dirname, 'fixtures', 'no-workflow');

describe('runPattern', () => {
  let result: RunResult;

  beforeAll(async () => {
    result = await runPattern(WORKFLOW, { quiet: true });
  }, 120_000);

  it('runs the workflow to success through lambda:invoke, Map, Choice, callback, SNS and DynamoDB', () => {
    // Assess
    expect(result.status).toBe('SUCCEEDED');
    const entered = result.history
      .filter((event) => (event as { type: string }).type === 'StateEntered')
      .map((event) => (event as { state: { name: string } }).state.name);
    expect(entered).toEqual(
      expect.arrayContaining([
        'Discover',
        'HasObjects',
        'ProcessAll',
        'ProcessObject',
        'RecordRun',
        'Notify',
        'Approve',
        'Fragile',
        'Report',
      ]),
    );
    expect(entered).not.toContain('NoObjectsFound');
    const caught = result.history
      .filter((event) => (event as { type: string }).type === 'StateCaught')
      .map((event) => (event as { state: { name: string } }).state.name);
    expect(caught).toEqual(['Fragile']);
  });

  it('writes one result per seeded object and a report, copied under the run folder', () => {
    // Assess
    expect(result.outputs.map((output) => output.key).sort()).toEqual([
      'report.json',
      'results/a.txt.json',
      'results/b.txt.json',
      'results/nested/c.txt.json',
    ]);
    expect(result.readJson<{ upper: string }>('results/b.txt.json').upper).toBe('BRAVO');
    for (const output of result.outputs) expect(output.localPath.startsWith(result.outDir)).toBe(true);
    expect(existsSync(path.join(result.outDir, 'history.json'))).toBe(true);
    expect(result.seededObjects).toBe(3);
  });

  it('resumes the callback with SendTaskSuccess and takes the Catch of the failing task', () => {
    // Act
    const report = result.readJson<{ approved: boolean; fragileError: string; processed: string[] }>('report.json');
    // Assess
    expect(report.approved).toBe(true);
    expect(report.fragileError).toBe('ProcessingError');
    expect(report.processed).toEqual(['a.txt', 'b.txt', 'nested/c.txt']);
  });

  it('passes the context object and keeps each function environment to itself', () => {
    // Act
    const report = result.readJson<{ discoverEnv: Record<string, unknown> }>('report.json');
    const processed = result.readJson<{ executionId: string; onlyMineAtLoad: string }>('results/a.txt.json');
    // Assess
    expect(report.discoverEnv).toMatchObject({
      executionId: result.executionName,
      onlyMine: null,
      loadedWith: 'local-input-ext-s3alias',
      demoMode: 'true',
    });
    expect(processed.executionId).toBe(result.executionName);
    expect(processed.onlyMineAtLoad).toMatch(/-process$/);
  });

  it('notes that table TTL is not emulated and records the function logs', () => {
    // Assess
    expect(result.notes.join('\n')).toMatch(/TimeToLive/);
    expect(existsSync(path.join(result.outDir, 'logs'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(result.outDir, 'history.json'), 'utf8'))).toHaveLength(
      result.history.length,
    );
  });

  it('fails at once on a Task with no local integration, naming the state', async () => {
    // Act
    const failed = await runPattern(UNSUPPORTED, { quiet: true });
    // Assess
    expect(failed.status).toBe('FAILED');
    expect(failed.failedState).toBe('RunGlueJob');
    expect(failed.cause).toMatch(/glue:startJobRun\.sync has no local integration/);
    expect(failed.history).toEqual([]);
  }, 60_000);

  it('names the failing state and its cause when a Task fails uncaught', async () => {
    // Act
    const failed = await runPattern(WORKFLOW, {
      quiet: true,
      input: {},
      params: { OutputBucketName: 'no-such-bucket' },
    });
    // Assess
    expect(failed.status).toBe('FAILED');
    expect(failed.failedState).toBe('ProcessObject');
    expect(failed.error).toBe('NoSuchBucket');
  }, 120_000);

  it('refuses a run that would start nothing instead of reporting success', async () => {
    // Act
    const run = runPattern(NO_WORKFLOW, { quiet: true });

    // Assess
    await expect(run).rejects.toThrow(/has nothing the local runtime can start/);
  }, 60_000);
});
