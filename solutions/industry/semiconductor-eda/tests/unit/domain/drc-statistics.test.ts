import { drcStatistics, toMetricStatistics } from '../../../src/domain/drc-statistics';
import { fakeAnalytics } from '../../support/fake-analytics';

describe('drcStatistics', () => {
  it('runs the named query with the execution id and types its rows', async () => {
    // Prepare
    const analytics = fakeAnalytics('stack-drc-statistics', [
      { metric: 'cell_count', designs: 3, min_value: 4, max_value: 20, avg_value: 10.5, p95_value: 20 },
      { metric: 'bbox_area', designs: 0, min_value: null, max_value: null, avg_value: null, p95_value: null },
    ]);

    // Act
    const result = await drcStatistics(analytics, 'stack-drc-statistics', 'exec-7');

    // Assess
    expect(analytics.requests).toEqual([{ sql: expect.any(String), database: 'eda_db', parameters: ['exec-7'] }]);
    expect(result).toEqual({
      query: 'stack-drc-statistics',
      metrics: [
        { metric: 'cell_count', designs: 3, min: 4, max: 20, avg: 10.5, p95: 20 },
        { metric: 'bbox_area', designs: 0, min: null, max: null, avg: null, p95: null },
      ],
    });
  });

  it('reads a bigint that came back as text, and refuses a row without a metric or with a non-number', () => {
    expect(toMetricStatistics({ metric: 'bytes', designs: '2', max_value: '9007199254740993' })).toMatchObject({
      designs: 2,
      max: 9007199254740992,
      min: null,
    });
    expect(() => toMetricStatistics({ designs: 1 })).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    expect(() => toMetricStatistics({ metric: 'x', avg_value: 'n/a' })).toThrow(/avg_value is not a number/);
  });

  it('lets NamedQueryNotFoundError through for the state machine', async () => {
    await expect(drcStatistics(fakeAnalytics('other', []), 'missing', 'e')).rejects.toMatchObject({
      name: 'NamedQueryNotFoundError',
    });
  });
});
