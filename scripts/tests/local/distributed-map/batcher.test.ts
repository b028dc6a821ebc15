import fc from 'fast-check';
import { batchItems, MAX_BATCH_BYTES } from '../../../src/local/distributed-map/batcher';
import type { Json } from '../../../src/local/distributed-map/json-path';

type Batch = { Items: Json[]; BatchInput?: Json };

describe('batchItems', () => {
  it('keeps every item in exactly one batch, in order, within both limits (property)', () => {
    const item = fc.record({ key: fc.string({ maxLength: 40 }), size: fc.nat() });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 200 }),
        fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        fc.option(fc.integer({ min: 200, max: 4000 }), { nil: undefined }),
        fc.option(fc.record({ runId: fc.string({ maxLength: 10 }) }), { nil: undefined }),
        (items, maxItems, maxBytes, batchInput) => {
          // Act
          const batches = batchItems(items, { maxItems, maxBytes }, batchInput) as Batch[];

          // Assess
          expect(batches.flatMap((batch) => batch.Items)).toEqual(items);
          for (const batch of batches) {
            expect(batch.Items.length).toBeGreaterThan(0);
            expect(batch.Items.length).toBeLessThanOrEqual(maxItems ?? Number.POSITIVE_INFINITY);
            expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThanOrEqual(maxBytes ?? MAX_BATCH_BYTES);
            expect(batch.BatchInput).toEqual(batchInput);
          }
        },
      ),
    );
  });

  it('fills each batch as far as the item limit allows', () => {
    // Act
    const batches = batchItems([1, 2, 3, 4, 5], { maxItems: 2 }) as Batch[];

    // Assess
    expect(batches.map((batch) => batch.Items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects an item too large for any batch with States.Runtime', () => {
    // Act
    const run = () => batchItems(['small', 'x'.repeat(100)], { maxBytes: 50 });

    // Assess
    expect(run).toThrow(expect.objectContaining({ name: 'States.Runtime', message: expect.stringMatching(/item 1/) }));
  });
});
