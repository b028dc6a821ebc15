/**
 * The inspection branch's run summary: what one scored photo adds and how two summaries merge. Kept apart from the
 * stage so the report bundles only this, not the labelling and model code.
 */
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { Grade, InspectionScore } from './cleanliness-rules';

export interface InspectionSummary {
  photos: number;
  scoreTotal: number;
  lowestScore: number | null;
  byGrade: Partial<Record<Grade, number>>;
  byRule: Partial<Record<string, number>>;
  review: number;
  bySource: Partial<Record<string, number>>;
}

/** What one inspection adds to the run summary. */
export type InspectionFacts = Pick<InspectionScore, 'score' | 'grade' | 'fired' | 'review'> & {
  recommendationSource: string;
};

/** The sum of two summaries. */
export function mergeInspections(a: InspectionSummary, b: InspectionSummary): InspectionSummary {
  const lows = [a.lowestScore, b.lowestScore].filter((score): score is number => score !== null);
  return {
    ...sumFields(a, b, ['photos', 'scoreTotal', 'review']),
    lowestScore: lows.length === 0 ? null : Math.min(...lows),
    byGrade: addCounts(a.byGrade, b.byGrade),
    byRule: addCounts(a.byRule, b.byRule),
    bySource: addCounts(a.bySource, b.bySource),
  };
}

const emptyInspections = (): InspectionSummary => ({
  photos: 0,
  scoreTotal: 0,
  lowestScore: null,
  byGrade: {},
  byRule: {},
  review: 0,
  bySource: {},
});

/** The inspection branch's summary reducer. */
export const inspectionSummary: SummaryReducer<InspectionFacts, InspectionSummary> = {
  empty: emptyInspections,
  add: (total, facts) =>
    mergeInspections(total, {
      photos: 1,
      scoreTotal: facts.score,
      lowestScore: facts.score,
      byGrade: { [facts.grade]: 1 },
      byRule: Object.fromEntries(facts.fired.map((rule) => [rule.rule, 1])),
      review: facts.review ? 1 : 0,
      bySource: { [facts.recommendationSource]: 1 },
    }),
  merge: mergeInspections,
};
