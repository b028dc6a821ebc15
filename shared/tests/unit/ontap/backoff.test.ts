import { backoffDelayMs } from '@fsxn-s3ap/shared/ontap';
import fc from 'fast-check';

describe('backoffDelayMs', () => {
  it('stays within [0, min(max, base * 2^(attempt-1))]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (attempt, base, max, random) => {
          // Act
          const delay = backoffDelayMs(attempt, { baseDelayMs: base, maxDelayMs: max, random: () => random });

          // Assess
          return delay >= 0 && delay <= Math.min(max, base * 2 ** (attempt - 1));
        },
      ),
    );
  });

  it('doubles the ceiling with each attempt until the cap', () => {
    // Act
    const delays = [1, 2, 3, 4, 5].map((attempt) =>
      backoffDelayMs(attempt, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 }),
    );

    // Assess
    expect(delays).toEqual([100, 200, 400, 800, 1000]);
  });
});
