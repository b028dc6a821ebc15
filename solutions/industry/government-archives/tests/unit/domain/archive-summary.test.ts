import fc from 'fast-check';
import { type ArchiveFacts, emptyArchiveSummary, mergeArchive, summaryOf } from '../../../src/domain/archive-summary';

const facts: fc.Arbitrary<ArchiveFacts> = fc.record({
  classification: fc.constantFrom('public', 'sensitive', 'confidential'),
  schedule: fc.constantFrom('2.1', '2.2', '1.1', 'default'),
  source: fc.constantFrom('text-layer', 'ocr', 'eml'),
  redactions: fc.dictionary(fc.constantFrom('SSN', 'EMAIL', 'PHONE'), fc.integer({ min: 0, max: 5 })),
  review: fc.boolean(),
});

describe('archive summary', () => {
  it('gives the same summary for any split of a run', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 20 }), fc.nat(), (all, cut) => {
        const fold = (list: ArchiveFacts[]) =>
          list.reduce((total, f) => mergeArchive(total, summaryOf(f)), emptyArchiveSummary());
        const at = all.length === 0 ? 0 : cut % (all.length + 1);
        expect(mergeArchive(fold(all.slice(0, at)), fold(all.slice(at)))).toEqual(fold(all));
        expect(fold(all).records).toBe(all.length);
      }),
    );
  });

  it('adds the indexing counts merged in by the ASL, and leaves them out when nothing was indexed', () => {
    // Prepare
    const indexed = { ...emptyArchiveSummary(), indexed: 2, indexFailed: 1 };

    // Assess
    expect(mergeArchive(indexed, emptyArchiveSummary())).toMatchObject({ indexed: 2, indexFailed: 1 });
    expect(mergeArchive(emptyArchiveSummary(), emptyArchiveSummary())).not.toHaveProperty('indexed');
  });
});
