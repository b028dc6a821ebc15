import fc from 'fast-check';
import { type DesignFacts, emptySummary, mergeSummaries, summaryOf } from '../../../src/domain/eda-summary';
import { MAX_FLAGGED } from '../../../src/domain/flag-list';

const factsArb: fc.Arbitrary<DesignFacts> = fc.record({
  key: fc.stringMatching(/^d\/[a-z]{1,6}\.gds$/),
  format: fc.constantFrom('GDSII' as const, 'OASIS' as const),
  cellCount: fc.nat(100),
  elementCount: fc.nat(1000),
  maxDepth: fc.nat(30),
  emptyCellCount: fc.nat(3),
  unresolvedCount: fc.nat(2),
  layers: fc.dictionary(fc.integer({ min: 0, max: 400 }).map(String), fc.integer({ min: 1, max: 50 })),
  deep: fc.boolean(),
});

const fold = (facts: readonly DesignFacts[]) => facts.map(summaryOf).reduce(mergeSummaries, emptySummary());

describe('EdaSummary', () => {
  it('folds the same whatever the split and order of the designs', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { maxLength: 40 }), fc.nat(40), (facts, at) => {
        const whole = fold(facts);
        expect(mergeSummaries(fold(facts.slice(at)), fold(facts.slice(0, at)))).toEqual(whole);
        expect(fold([...facts].reverse())).toEqual(whole);
      }),
    );
  });

  it('counts every flagged design but keeps at most MAX_FLAGGED of them', () => {
    const facts = Array.from({ length: MAX_FLAGGED + 5 }, (_, i) => ({
      key: `d/${String(i).padStart(3, '0')}.gds`,
      format: 'GDSII' as const,
      cellCount: 2,
      elementCount: 3,
      maxDepth: 1,
      emptyCellCount: 1,
      unresolvedCount: 0,
      layers: { '7': 3 },
      deep: false,
    }));
    const summary = fold(facts);
    expect(summary.emptyCells.count).toBe(MAX_FLAGGED + 5);
    expect(summary.emptyCells.items).toHaveLength(MAX_FLAGGED);
    expect(summary.emptyCells.items[0]).toEqual({ key: 'd/000.gds', value: 1 });
    expect(summary.layers).toEqual({ '7': { elements: 3 * facts.length, designs: facts.length } });
    expect(summary).toMatchObject({ gdsii: facts.length, oasis: 0, cells: 2 * facts.length, maxDepth: 1 });
  });
});
