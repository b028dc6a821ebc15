import { createMemoryOutputWriter, fixedClock } from '@fsxn-s3ap/shared/testing';
import { createDrcHandler } from '../../../src/functions/drc-aggregation';
import { fakeAnalytics } from '../../support/fake-analytics';

describe('DrcAggregation handler', () => {
  it('writes the statistics under drc/ with the execution id and returns them', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const analytics = fakeAnalytics('s-drc-statistics', [
      { metric: 'max_depth', designs: 2, min_value: 1, max_value: 4, avg_value: 2.5, p95_value: 4 },
    ]);
    const handler = createDrcHandler({ analytics, output, queryName: 's-drc-statistics', clock: fixedClock() });

    // Act
    const result = await handler({ executionId: 'run-1' });

    // Assess
    expect(result.key).toBe('out/drc/2025/01/02/drc-statistics-run-1.json');
    expect(result.metrics).toEqual([{ metric: 'max_depth', designs: 2, min: 1, max: 4, avg: 2.5, p95: 4 }]);
    expect(output.objects.get(result.key)).toMatchObject({ executionId: 'run-1', query: 's-drc-statistics' });
  });

  it('refuses an event without an execution id', async () => {
    const handler = createDrcHandler({
      analytics: fakeAnalytics('q', []),
      output: createMemoryOutputWriter(),
      queryName: 'q',
      clock: fixedClock(),
    });
    await expect(handler({})).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
