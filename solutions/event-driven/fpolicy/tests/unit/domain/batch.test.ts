import fc from 'fast-check';
import { MAX_BATCH_BYTES, MAX_BATCH_ENTRIES, planBatches, takeBatchCount } from '../../../src/domain/batch';

describe('planBatches', () => {
  it('keeps order, loses nothing and respects both limits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: MAX_BATCH_BYTES }), { maxLength: 60 }), (sizes) => {
        // Act
        const batches = planBatches(
          sizes.map((size, index) => ({ size, index })),
          (item) => item.size,
        );

        // Assess
        expect(batches.flat().map((item) => item.index)).toEqual(sizes.map((_, index) => index));
        for (const batch of batches) {
          expect(batch.length).toBeGreaterThanOrEqual(1);
          expect(batch.length).toBeLessThanOrEqual(MAX_BATCH_ENTRIES);
          expect(batch.reduce((sum, item) => sum + item.size, 0)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
        }
      }),
    );
  });

  it('fills batches greedily: the next item never fits in the previous batch', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        // Act
        const batches = planBatches(sizes, (size) => size);

        // Assess
        batches.slice(0, -1).forEach((batch, index) => {
          const next = batches[index + 1]![0]!;
          const bytes = batch.reduce((sum, size) => sum + size, 0);
          expect(batch.length === MAX_BATCH_ENTRIES || bytes + next > MAX_BATCH_BYTES).toBe(true);
        });
      }),
    );
  });
});

describe('takeBatchCount', () => {
  it('takes ten small entries, and stops before the byte limit', () => {
    // Act / Assess
    expect(takeBatchCount(Array(25).fill(100))).toBe(10);
    expect(takeBatchCount([200_000, 62_144, 1])).toBe(2);
    expect(takeBatchCount([200_000, 70_000])).toBe(1);
    expect(takeBatchCount([])).toBe(0);
  });
});
