import fc from 'fast-check';
import { normalizeVariantWeights, pickVariant } from '../../../src/inference';

describe('normalizeVariantWeights', () => {
  it('scales weights to sum to 1 while keeping their proportions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }), (weights) => {
        fc.pre(weights.some((weight) => weight > 0));
        // Prepare
        const variants = weights.map((weight, index) => ({ variantName: `v${index}`, weight }));
        const total = weights.reduce((sum, weight) => sum + weight, 0);

        // Act
        const normalized = normalizeVariantWeights(variants);

        // Assess
        expect(normalized.reduce((sum, variant) => sum + variant.weight, 0)).toBeCloseTo(1, 10);
        normalized.forEach((variant, index) => {
          expect(variant.weight).toBeCloseTo((weights[index] ?? 0) / total, 10);
        });
      }),
    );
  });

  it('turns 70/30 into 0.7/0.3', () => {
    // Act
    const normalized = normalizeVariantWeights([
      { variantName: 'variant-a', weight: 70 },
      { variantName: 'variant-b', weight: 30 },
    ]);

    // Assess
    expect(normalized.map((variant) => variant.weight)).toEqual([0.7, 0.3]);
  });

  it('rejects no variants, duplicates, negative weights and an all-zero split', () => {
    // Act / Assess
    expect(() => normalizeVariantWeights([])).toThrow(/At least one/);
    expect(() =>
      normalizeVariantWeights([
        { variantName: 'a', weight: 1 },
        { variantName: 'a', weight: 1 },
      ]),
    ).toThrow(/unique/);
    expect(() => normalizeVariantWeights([{ variantName: 'a', weight: -1 }])).toThrow(/non-negative/);
    expect(() => normalizeVariantWeights([{ variantName: 'a', weight: 0 }])).toThrow(/positive/);
  });
});

describe('pickVariant', () => {
  it('splits [0, 1) by the normalized weights', () => {
    // Prepare
    const variants = [
      { variantName: 'variant-a', weight: 7 },
      { variantName: 'variant-b', weight: 3 },
    ];

    // Act / Assess
    expect(pickVariant(variants, 0)).toBe('variant-a');
    expect(pickVariant(variants, 0.69)).toBe('variant-a');
    expect(pickVariant(variants, 0.71)).toBe('variant-b');
    expect(pickVariant(variants, 0.9999999)).toBe('variant-b');
  });

  it('never picks a variant whose weight is zero', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (fraction) => {
        // Act / Assess
        expect(
          pickVariant(
            [
              { variantName: 'a', weight: 1 },
              { variantName: 'b', weight: 0 },
            ],
            fraction,
          ),
        ).toBe('a');
      }),
    );
  });
});
