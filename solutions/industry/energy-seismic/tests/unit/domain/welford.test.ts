import fc from 'fast-check';
import { addValue, emptyStats, mergeStats, standardDeviation } from '../../../src/domain/welford';

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 });

function direct(list: readonly number[]) {
  const mean = list.reduce((sum, value) => sum + value, 0) / list.length;
  const variance = list.reduce((sum, value) => sum + (value - mean) ** 2, 0) / list.length;
  return { mean, std: Math.sqrt(variance) };
}

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));

describe('Welford running statistics', () => {
  it('agrees with the two-pass mean and population standard deviation', () => {
    // Act / Assess
    fc.assert(
      fc.property(
        values.filter((list) => list.length >= 2),
        (list) => {
          const stats = emptyStats();
          for (const value of list) addValue(stats, value);
          const expected = direct(list);
          close(stats.mean, expected.mean);
          close(standardDeviation(stats), expected.std);
          expect(stats.min).toBe(Math.min(...list));
          expect(stats.max).toBe(Math.max(...list));
          expect(stats.count).toBe(list.length);
        },
      ),
    );
  });

  it('merges two halves into the statistics of the whole', () => {
    // Act / Assess
    fc.assert(
      fc.property(values, values, (left, right) => {
        const a = emptyStats();
        const b = emptyStats();
        const whole = emptyStats();
        for (const value of left) addValue(a, value);
        for (const value of right) addValue(b, value);
        for (const value of [...left, ...right]) addValue(whole, value);
        const merged = mergeStats(a, b);
        expect(merged.count).toBe(whole.count);
        close(merged.mean, whole.mean);
        close(standardDeviation(merged), standardDeviation(whole));
      }),
    );
  });

  it('gives a standard deviation of 0 below two values', () => {
    // Prepare
    const stats = emptyStats();
    addValue(stats, 42);

    // Act / Assess
    expect(standardDeviation(stats)).toBe(0);
    expect(standardDeviation(emptyStats())).toBe(0);
  });
});
