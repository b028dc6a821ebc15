import fc from 'fast-check';
import { checkTolerance, exceedsTolerance } from '../../../src/local/distributed-map/tolerance';

describe('exceedsTolerance', () => {
  it('tolerates nothing when neither threshold is set', () => {
    expect(exceedsTolerance(0, 10, {})).toBe(false);
    expect(exceedsTolerance(1, 10, {})).toBe(true);
  });

  it('fails only above the percentage: 10 % of 100 items tolerates 10 failures, not 11', () => {
    expect(exceedsTolerance(10, 100, { percentage: 10 })).toBe(false);
    expect(exceedsTolerance(11, 100, { percentage: 10 })).toBe(true);
  });

  it('matches the arithmetic of both thresholds, either one failing the run (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((total) => fc.tuple(fc.constant(total), fc.nat({ max: total }))),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
        ([total, failed], percentage, count) => {
          // Act
          const exceeded = exceedsTolerance(failed, total, { percentage, count });

          // Assess
          const overCount = count !== undefined && failed > count;
          const overShare = percentage !== undefined && failed / total > percentage / 100 + 1e-12;
          const none = percentage === undefined && count === undefined;
          if (failed === 0) expect(exceeded).toBe(false);
          else if (none) expect(exceeded).toBe(true);
          else if (overCount || overShare) expect(exceeded).toBe(true);
          else if (!(percentage !== undefined && Math.abs(failed / total - percentage / 100) < 1e-9))
            expect(exceeded).toBe(false);
          // Monotonic: one more failure never brings the run back under the threshold.
          if (exceeded && failed < total) expect(exceedsTolerance(failed + 1, total, { percentage, count })).toBe(true);
        },
      ),
    );
  });

  it('rejects a percentage outside 0..100 and a fractional count with States.Runtime', () => {
    expect(() => checkTolerance({ percentage: 101 })).toThrow(expect.objectContaining({ name: 'States.Runtime' }));
    expect(() => checkTolerance({ count: 1.5 })).toThrow(expect.objectContaining({ name: 'States.Runtime' }));
  });
});
