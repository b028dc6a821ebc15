import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '../../../src/local';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'kit-map');

/** 28 good files, 2 a processor rejects alone, 1 that fails its whole batch: 31 files in batches of 10. */
function writeData(dir: string): void {
  const files = [
    'bad/a.txt',
    'bad/b.txt',
    ...Array.from({ length: 28 }, (_, index) => `ok/${String(index).padStart(2, '0')}.txt`),
    'poison/p0.txt',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'abcd');
  }
}

describe('pattern kit on a Distributed Map (local runtime)', () => {
  let data: string;
  let below: RunResult;
  let above: RunResult;

  beforeAll(async () => {
    data = mkdtempSync(path.join(tmpdir(), 'kit-map-'));
    writeData(data);
    below = await runPattern(FIXTURE, { quiet: true, data, params: { ToleratedFailurePercentage: '10' } });
    above = await runPattern(FIXTURE, { quiet: true, data, params: { ToleratedFailurePercentage: '0' } });
  }, 180_000);

  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('succeeds below ToleratedFailurePercentage and the report lists the failed batch and the failed files', () => {
    // Act
    const report = below.readJson<RunReport<{ bytes: number }>>('_report.json');

    // Assess
    expect(below.status).toBe('SUCCEEDED');
    expect(report.processed).toEqual({ objects: 31, succeeded: 28, failed: 3, bytes: 112 });
    expect(report.summary).toEqual({ bytes: 112 });
    expect(report.failures).toEqual(
      expect.arrayContaining([
        { item: 'bad/a.txt', error: 'ValidationError', message: 'bad/a.txt is not readable' },
        { item: 'bad/b.txt', error: 'ValidationError', message: 'bad/b.txt is not readable' },
        expect.objectContaining({ item: 'batch of 1 from poison/p0.txt', error: 'ThrottlingError' }),
      ]),
    );
  });

  it('keeps the parent small: the items and results stay in S3', () => {
    const parent = below.executions[0];
    expect(parent?.metrics.historyEvents).toBeLessThan(40);
    expect(parent?.metrics.largestPayloadBytes).toBeLessThan(4096);
  });

  it('fails above ToleratedFailurePercentage through the Map Catch', () => {
    expect(above.status).toBe('FAILED');
    expect(above.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(above.failedState).toBe('ProcessingFailed');
  });
});
