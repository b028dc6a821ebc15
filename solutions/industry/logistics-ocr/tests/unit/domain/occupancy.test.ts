import type { Label } from '@fsxn-s3ap/shared/ai';
import fc from 'fast-check';
import { inventoryCounts, statusOf } from '../../../src/domain/occupancy';

const label = (name: string, confidence: number, instances?: number, parents: string[] = []): Label => ({
  name,
  confidence,
  parents,
  ...(instances === undefined ? {} : { instances }),
});

describe('inventory rules', () => {
  it('counts pallets, takes the largest box count and derives occupancy from shelves', () => {
    // Act
    const counts = inventoryCounts(
      [label('Pallet', 95, 2), label('Box', 90, 18), label('Cardboard', 85, 12), label('Shelf', 92, 2)],
      12,
    );

    // Assess
    expect(counts).toEqual({
      pallets: 2,
      boxes: 18,
      shelves: 2,
      occupancyPercent: 75,
      occupancyBasis: 'counts',
      status: 'NORMAL',
      confidence: 85,
    });
  });

  it('uses the measured stock colours when nothing is counted (DemoMode)', () => {
    // Act
    const counts = inventoryCounts(
      [label('Orange', 30.5, undefined, ['Colour']), label('Grey', 69.5, undefined, ['Colour'])],
      12,
    );

    // Assess
    expect(counts).toMatchObject({
      boxes: 0,
      occupancyPercent: 30.5,
      occupancyBasis: 'colours',
      status: 'LOW',
      confidence: 100,
    });
  });

  it('leaves occupancy unknown when the labels tell nothing', () => {
    // Assess
    expect(inventoryCounts([label('JPEG Image', 100, undefined, ['Image'])], 12)).toMatchObject({
      status: 'UNKNOWN',
      occupancyPercent: null,
    });
  });

  it('keeps occupancy within 0-100 and its status band consistent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        (boxes, shelves, perShelf) => {
          const counts = inventoryCounts([label('Box', 90, boxes), label('Rack', 90, shelves)], perShelf);
          expect(counts.occupancyPercent).toBeGreaterThanOrEqual(0);
          expect(counts.occupancyPercent).toBeLessThanOrEqual(100);
          expect(counts.status).toBe(statusOf(counts.occupancyPercent));
        },
      ),
    );
    expect([statusOf(0), statusOf(9.9), statusOf(10), statusOf(84.9), statusOf(85)]).toEqual([
      'EMPTY',
      'EMPTY',
      'LOW',
      'NORMAL',
      'FULL',
    ]);
  });
});
