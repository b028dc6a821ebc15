import fc from 'fast-check';
import {
  type ClassShares,
  classify,
  dominantClass,
  LAND_USE_CLASSES,
  l1Distance,
  sharesFrom,
} from '../../src/domain/land-use';

const shares = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: LAND_USE_CLASSES.length, maxLength: LAND_USE_CLASSES.length })
  .map((weights) => sharesFrom(Object.fromEntries(LAND_USE_CLASSES.map((cls, i) => [cls, weights[i] ?? 0]))));
const vector = fc.dictionary(
  fc.constantFrom(...LAND_USE_CLASSES),
  fc.double({ min: 0, max: 1, noNaN: true }),
) as fc.Arbitrary<ClassShares>;

describe('L1 distance', () => {
  it('is symmetric, zero on itself and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(vector, vector, vector, (a, b, c) => {
        expect(l1Distance(a, b)).toBeCloseTo(l1Distance(b, a), 12);
        expect(l1Distance(a, a)).toBe(0);
        expect(l1Distance(a, c)).toBeLessThanOrEqual(l1Distance(a, b) + l1Distance(b, c) + 1e-12);
      }),
    );
  });

  it('is 0 only for equal vectors', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const equal = LAND_USE_CLASSES.every((cls) => (a[cls] ?? 0) === (b[cls] ?? 0));
        expect(l1Distance(a, b) === 0).toBe(equal);
      }),
    );
  });

  it('is at most 2 between two share distributions (2 when they share no class)', () => {
    fc.assert(
      fc.property(shares, shares, (a, b) => {
        expect(l1Distance(a, b)).toBeLessThanOrEqual(2 + 1e-3);
      }),
    );
    expect(l1Distance({ water: 1 }, { green: 1 })).toBe(2);
  });
});

describe('class shares', () => {
  it('sum to 1 (to rounding) over the classes with weight', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minKeys: 1 }),
        (weights) => {
          const total = Object.values(sharesFrom(weights)).reduce((sum, share) => sum + (share ?? 0), 0);
          expect(total).toBeCloseTo(1, 3);
        },
      ),
    );
  });

  it('map synonyms onto classes, unknown values onto other, and pick the dominant class', () => {
    expect(classify(' Park ')).toBe('green');
    expect(classify('river')).toBe('water');
    expect(classify('cemetery')).toBe('other');
    expect(sharesFrom({ park: 1, forest: 1, river: 2 })).toEqual({ green: 0.5, water: 0.5 });
    expect(sharesFrom({ park: 0 })).toEqual({});
    expect(dominantClass({ green: 0.2, industrial: 0.5 })).toBe('industrial');
    expect(dominantClass({})).toBeUndefined();
  });
});
