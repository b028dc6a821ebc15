import fc from 'fast-check';
import {
  type CatalogSummary,
  catalogReport,
  catalogSummary,
  MAX_NOTES,
  type StepResult,
} from '../../../src/domain/catalog-summary';

const object = { key: 'k', size: 1 };
const stepResult: fc.Arbitrary<StepResult> = fc.oneof(
  fc.record({
    step: fc.constant('tagging' as const),
    key: fc.string(),
    status: fc.constantFrom('tagged' as const, 'unreadable' as const, 'too_large' as const),
  }),
  fc.record({ step: fc.constant('catalog' as const), key: fc.string(), source: fc.constantFrom('model', 'fallback') }),
  fc.record({
    step: fc.constant('quality' as const),
    key: fc.string(),
    passed: fc.boolean(),
    reasons: fc.array(fc.string()),
  }),
  fc.record({ step: fc.constant('skipped' as const), key: fc.string(), reason: fc.string() }),
) as fc.Arbitrary<StepResult>;

const fold = (results: readonly StepResult[]): CatalogSummary =>
  results.reduce((total, result) => catalogSummary.add(total, result, object), catalogSummary.empty());

describe('catalog summary', () => {
  it('gives the same summary whatever the split of a run', () => {
    fc.assert(
      fc.property(fc.array(stepResult, { maxLength: 80 }), fc.nat(), (results, cut) => {
        const at = results.length === 0 ? 0 : cut % results.length;
        const merged = catalogSummary.merge(fold(results.slice(0, at)), fold(results.slice(at)));
        expect(merged).toEqual(fold(results));
      }),
    );
  });

  it('counts every result once and keeps at most MAX_NOTES notes', () => {
    fc.assert(
      fc.property(fc.array(stepResult, { maxLength: 120 }), (results) => {
        const summary = fold(results);
        const { notes, ...counts } = summary;
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(results.length);
        expect(notes.length).toBeLessThanOrEqual(MAX_NOTES);
      }),
    );
  });

  it('notes why an image was not tagged, fell back or failed quality', () => {
    // Act
    const summary = fold([
      { step: 'tagging', key: 'a.jpg', status: 'unreadable', reason: 'corrupt' },
      { step: 'catalog', key: 'a.jpg', source: 'fallback', reason: 'no labels' },
      { step: 'quality', key: 'a.jpg', passed: false, reasons: ['too small', 'too wide'] },
    ]);

    // Assess
    expect(summary.notes).toEqual([
      { key: 'a.jpg', note: 'tags unreadable: corrupt' },
      { key: 'a.jpg', note: 'catalog fallback: no labels' },
      { key: 'a.jpg', note: 'quality: too small; too wide' },
    ]);
    expect(catalogReport.sections?.(summary).map((section) => section.title)).toEqual(['Images', 'Notes']);
  });
});
