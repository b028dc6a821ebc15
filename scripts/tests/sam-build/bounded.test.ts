import fc from 'fast-check';
import { mapBounded } from '../../src/sam-build';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapBounded', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        async (items, limit) => {
          // Prepare
          let running = 0;
          let peak = 0;

          // Act
          const results = await mapBounded(items, limit, async (item) => {
            running += 1;
            peak = Math.max(peak, running);
            await tick();
            running -= 1;
            return item * 2;
          });

          // Assess
          expect(results).toEqual(items.map((item) => item * 2));
          expect(peak).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });

  it('rejects with the first failure and starts no task after it', async () => {
    // Prepare
    const started: number[] = [];

    // Act
    const act = mapBounded([1, 2, 3, 4, 5], 1, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('task 2 failed');
      return item;
    });

    // Assess
    await expect(act).rejects.toThrow('task 2 failed');
    expect(started).toEqual([1, 2]);
  });
});
