import fc from 'fast-check';
import { LAND_USE_CLASSES, sharesFrom } from '../../src/domain/land-use';
import { impervious, riskScores } from '../../src/domain/risk';

const shares = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: LAND_USE_CLASSES.length, maxLength: LAND_USE_CLASSES.length })
  .map((weights) => sharesFrom(Object.fromEntries(LAND_USE_CLASSES.map((cls, i) => [cls, weights[i] ?? 0]))));
const optional = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined });

describe('risk rules', () => {
  it('score every hazard as an integer 0-100 with its rule and the inputs it used', () => {
    fc.assert(
      fc.property(
        shares,
        optional(fc.double({ min: 0, max: 1e5, noNaN: true })),
        optional(fc.double({ min: 0, max: 3000, noNaN: true })),
        optional(fc.double({ min: 0, max: 1e5, noNaN: true })),
        (s, buildingDensity, reliefM, extentM) => {
          const scores = riskScores({ shares: s, buildingDensity, reliefM, extentM });
          for (const score of Object.values(scores)) {
            expect(Number.isInteger(score.score)).toBe(true);
            expect(score.score).toBeGreaterThanOrEqual(0);
            expect(score.score).toBeLessThanOrEqual(100);
            expect(score.rule).toContain('100 *');
          }
        },
      ),
    );
  });

  it('never lower flood risk when water grows at the expense of green', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 10 }), (water, step) => {
        const before = riskScores({ shares: { water: water / 100, green: 1 - water / 100 } }).flood.score;
        const after = riskScores({ shares: { water: (water + step) / 100, green: 1 - (water + step) / 100 } }).flood
          .score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('follows the documented weights on a worked example', () => {
    // 30 % water, 60 % residential, 10 % green; 2 m relief over 100 m; 500 buildings/km2.
    const scores = riskScores({
      shares: { water: 0.3, residential: 0.6, green: 0.1 },
      buildingDensity: 500,
      reliefM: 2,
      extentM: 100,
    });
    expect(impervious({ water: 0.3, residential: 0.6, green: 0.1 })).toBeCloseTo(0.6);
    expect(scores.flood.score).toBe(Math.round(100 * (0.5 * 0.3 + 0.35 * 0.6 + 0.15 * 1)));
    expect(scores.earthquake.score).toBe(Math.round(100 * (0.5 * 0.5 + 0.3 * 0.6 + 0.2 * 0.3)));
    const steep = 0.02 / 0.3;
    expect(scores.landslide.score).toBe(Math.round(100 * (0.6 * steep + 0.15 * 0.9 * steep)));
    expect(scores.landslide.missing).toEqual([]);
    expect(riskScores({ shares: {} }).landslide).toMatchObject({ score: 0, missing: ['reliefM', 'extentM'] });
  });
});
