import fc from 'fast-check';
import { aggregateByVariant, percentile } from '../../../src/inference';

const record = fc.record({
  variant: fc.constantFrom('variant-a', 'variant-b', 'variant-c'),
  latencyMs: fc.integer({ min: 0, max: 10_000 }),
  error: fc.boolean(),
});

describe('aggregateByVariant', () => {
  it('computes count, error rate, average and p99 per variant', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), (records) => {
        // Act
        const aggregates = aggregateByVariant(records);

        // Assess
        expect(aggregates.reduce((sum, aggregate) => sum + aggregate.invocations, 0)).toBe(records.length);
        for (const aggregate of aggregates) {
          const group = records.filter((entry) => entry.variant === aggregate.variant);
          const latencies = group.map((entry) => entry.latencyMs);
          expect(aggregate.invocations).toBe(group.length);
          expect(aggregate.errorRate).toBeCloseTo(group.filter((entry) => entry.error).length / group.length, 10);
          expect(aggregate.averageLatencyMs).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / group.length, 6);
          expect(aggregate.p99LatencyMs).toBeLessThanOrEqual(Math.max(...latencies));
          expect(aggregate.p99LatencyMs).toBeGreaterThanOrEqual(
            aggregate.averageLatencyMs > 0 ? Math.min(...latencies) : 0,
          );
        }
      }),
    );
  });

  it('aggregates a known sample exactly', () => {
    // Prepare
    const records = [
      { variant: 'variant-a', latencyMs: 10, error: false },
      { variant: 'variant-a', latencyMs: 30, error: true },
      { variant: 'variant-b', latencyMs: 5, error: false },
    ];

    // Act
    const [a, b] = aggregateByVariant(records);

    // Assess
    expect(a).toEqual({
      variant: 'variant-a',
      invocations: 2,
      errors: 1,
      errorRate: 0.5,
      averageLatencyMs: 20,
      p99LatencyMs: 30,
    });
    expect(b).toMatchObject({ variant: 'variant-b', invocations: 1, errorRate: 0, p99LatencyMs: 5 });
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    // Prepare
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);

    // Act / Assess
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([], 99)).toBe(0);
  });
});
