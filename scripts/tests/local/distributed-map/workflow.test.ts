import path from 'node:path';
import { type RunResult, runPattern } from '../../../src/local';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'distributed-map');

interface Manifest {
  MapRunArn: string;
  ResultFiles: Record<'FAILED' | 'PENDING' | 'SUCCEEDED', { Key: string; Size: number }[]>;
}
interface FailedChild {
  Status: string;
  Error: string;
  Input: string;
}

// 2,000 manifest items in batches of 500; the item at index 600 poisons batch 1, so 25 % of the items fail.
const input = (tolerance: number) => ({ count: 2000, poison: [600], tolerance });

describe('Distributed Map workflow', () => {
  let below: RunResult;
  let above: RunResult;

  beforeAll(async () => {
    below = await runPattern(FIXTURE, { quiet: true, input: input(30) });
    above = await runPattern(FIXTURE, { quiet: true, input: input(20) });
  }, 180_000);

  it('succeeds below the tolerated percentage and lists the failed batch in FAILED_0.json', () => {
    // Assess
    expect(below.status).toBe('SUCCEEDED');
    expect(below.output).toEqual({ files: 1500, bytes: expect.any(Number), failedBatches: 1 });
    const manifestOutput = below.outputs.find((output) => output.key.endsWith('/manifest.json'));
    const manifest = below.readJson<Manifest>(manifestOutput?.key ?? 'manifest.json');
    expect(manifest.ResultFiles.SUCCEEDED).toHaveLength(1);
    expect(manifest.ResultFiles.FAILED).toHaveLength(1);
    const failed = below.readJson<FailedChild[]>(manifest.ResultFiles.FAILED[0]?.Key ?? 'FAILED_0.json');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ Status: 'FAILED', Error: 'PoisonItemError' });
    const items = (JSON.parse(failed[0]?.Input ?? '{}') as { Items: { key: string }[] }).Items;
    expect(items).toHaveLength(500);
    expect(items.some((item) => item.key === 'poison/file-0000600.txt')).toBe(true);
  });

  it('keeps the parent history short and its payloads small: the items stay in S3', () => {
    // Assess
    const parent = below.executions[0];
    expect(parent?.metrics.historyEvents).toBeLessThan(20);
    expect(parent?.metrics.largestPayloadBytes).toBeLessThan(2048);
    expect(below.mapRuns).toEqual([
      expect.objectContaining({ items: 2000, childExecutions: 4, failedExecutions: 1, failedItems: 500 }),
    ]);
  });

  it('fails the Map with States.ExceedToleratedFailureThreshold above it, through the Catch', () => {
    // Assess
    expect(above.status).toBe('FAILED');
    expect(above.error).toBe('States.ExceedToleratedFailureThreshold');
    expect(above.cause).toMatch(/500 of 2000 items failed/);
    const caught = above.history.filter((event) => (event as { type: string }).type === 'StateCaught');
    expect(caught).toHaveLength(1);
  });
});
