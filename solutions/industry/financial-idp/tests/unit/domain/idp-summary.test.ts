import fc from 'fast-check';
import { emptyIdpSummary, type IdpSummary, mergeIdpSummary } from '../../../src/domain/idp-summary';

const counts = <K extends string>(keys: K[]) => fc.dictionary(fc.constantFrom(...keys), fc.nat(1000));
const summary = fc.record({
  byKind: counts(['invoice', 'contract', 'unknown']),
  byDecision: counts(['AUTO_APPROVE', 'HUMAN_REVIEW', 'REJECT']),
  reviewed: fc.nat(),
  byRule: counts(['total-mismatch', 'due-before-issue']),
  byOcrSource: counts(['text-layer', 'ocr', 'textract']),
  bySummarySource: counts(['model', 'fallback']),
  invoiceTotals: counts(['USD', 'JPY', 'EUR']),
}) as fc.Arbitrary<IdpSummary>;

describe('mergeIdpSummary', () => {
  it('is associative and commutative with the empty summary as identity', () => {
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        expect(mergeIdpSummary(mergeIdpSummary(a, b), c)).toEqual(mergeIdpSummary(a, mergeIdpSummary(b, c)));
        expect(mergeIdpSummary(a, b)).toEqual(mergeIdpSummary(b, a));
        expect(mergeIdpSummary(a, emptyIdpSummary())).toEqual(mergeIdpSummary(emptyIdpSummary(), a));
      }),
    );
  });
});
