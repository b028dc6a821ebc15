import type { InvocationRecord } from '@fsxn-s3ap/shared/inference';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { AbResultRow, AbResults } from '../../../src/domain/inference/ab-results';
import { createMockEndpoint } from '../../../src/domain/inference/realtime';
import { variantWeightsFromEnv } from '../../../src/domain/inference/realtime-config';
import { createHandler as createComparison, WINDOW_MS } from '../../../src/functions/inference-comparison';
import { createHandler as createRealtime } from '../../../src/functions/realtime-invoke';
import { FIXED_NOW } from '../fakes';

function memoryResults(): AbResults & {
  rows: AbResultRow[];
  aggregations: Record<string, unknown>[];
  since: jest.Mock;
} {
  const rows: AbResultRow[] = [];
  const aggregations: Record<string, unknown>[] = [];
  return {
    rows,
    aggregations,
    record: async (row) => void rows.push(row),
    since: jest.fn(async (): Promise<InvocationRecord[]> => rows),
    putAggregation: async (item) => void aggregations.push(item),
  };
}

const clouds = Array.from({ length: 6 }, (_, i) => ({ key: `c${i}.pcd`, points: 3 + i }));

describe('realtime-invoke handler', () => {
  it('segments each cloud and records variant, latency and error of every invocation', async () => {
    // Prepare
    const abResults = memoryResults();
    const output = createMemoryOutputWriter();
    const invoke = createMockEndpoint(variantWeightsFromEnv({ VARIANT_WEIGHTS: 'variant-a=70,variant-b=30' }));
    const handler = createRealtime({ invoke, abResults, output, clock: () => FIXED_NOW });

    // Act
    const outcome = await handler({ executionId: 'run-1', pointClouds: clouds });

    // Assess
    expect(outcome).toMatchObject({ route: 'realtime', status: 'Completed', invocations: 6 });
    expect(abResults.rows).toHaveLength(6);
    expect(abResults.rows.every((row) => ['variant-a', 'variant-b'].includes(row.variant) && row.error === false)).toBe(
      true,
    );
    const indexKey = [...output.objects.keys()].find((key) => key.endsWith('index.json')) ?? '';
    expect(outcome.outputPath).toBe(`s3://memory-output/${indexKey.slice(0, -'index.json'.length)}`);
    expect((await output.getJson<{ entries: unknown[] }>(indexKey)).entries).toHaveLength(6);
  });

  it('records a failed invocation as an error and rethrows', async () => {
    // Prepare
    const abResults = memoryResults();
    const invoke = jest.fn().mockRejectedValue(Object.assign(new Error('throttled'), { name: 'ThrottlingError' }));
    const handler = createRealtime({ invoke, abResults, output: createMemoryOutputWriter(), clock: () => FIXED_NOW });

    // Act / Assess
    await expect(handler({ executionId: 'run-1', pointClouds: clouds })).rejects.toMatchObject({
      name: 'ThrottlingError',
    });
    expect(abResults.rows).toEqual([{ variant: 'unknown', latencyMs: 0, error: true, objectKey: 'c0.pcd' }]);
  });

  it('rejects a cloud without a point count with a ValidationError', async () => {
    // Prepare
    const handler = createRealtime({
      invoke: jest.fn(),
      abResults: undefined,
      output: createMemoryOutputWriter(),
      clock: () => FIXED_NOW,
    });

    // Act / Assess
    await expect(handler({ executionId: 'r', pointClouds: [{ key: 'a.pcd' }] })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('pointClouds[0].points'),
    });
  });

  it('rejects VARIANT_WEIGHTS that are not name=weight or all zero', () => {
    // Act / Assess
    expect(() => variantWeightsFromEnv({ VARIANT_WEIGHTS: 'variant-a' })).toThrow(/VARIANT_WEIGHTS/);
    expect(() => variantWeightsFromEnv({ VARIANT_WEIGHTS: 'a=0,b=0' })).toThrow(/VARIANT_WEIGHTS/);
  });
});

describe('inference-comparison handler', () => {
  it('aggregates the last 5 minutes per variant into one EMF document each', async () => {
    // Prepare
    const results = memoryResults();
    results.rows.push(
      { variant: 'variant-a', latencyMs: 10, error: false, objectKey: 'a' },
      { variant: 'variant-a', latencyMs: 30, error: true, objectKey: 'b' },
      { variant: 'variant-b', latencyMs: 5, error: false, objectKey: 'c' },
    );
    const emitted: Record<string, unknown>[] = [];

    // Act
    const outcome = await createComparison({
      results,
      emit: (doc) => void emitted.push(doc),
      clock: () => FIXED_NOW,
    })();

    // Assess
    expect(results.since).toHaveBeenCalledWith(new Date(FIXED_NOW.getTime() - WINDOW_MS));
    expect(emitted.map((doc) => [doc.Variant, doc.AverageLatency, doc.ErrorRate, doc.InvocationCount])).toEqual([
      ['variant-a', 20, 0.5, 2],
      ['variant-b', 5, 0, 1],
    ]);
    expect(outcome.variants).toHaveLength(2);
    expect(results.aggregations).toHaveLength(1);
  });
});
