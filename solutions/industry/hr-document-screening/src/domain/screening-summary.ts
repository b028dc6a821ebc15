/**
 * The screening run summary: what one scored resume adds (counts and scores, no personal data) and how two
 * summaries merge. Kept apart from the stage so the report bundles only this, not the OCR, PII and model code.
 */
import { type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';

export interface ScreeningFacts {
  score: number;
  source: string;
  review: boolean;
  protectedFields: number;
}

export interface ScreeningSummary {
  resumes: number;
  scoreTotal: number;
  highestScore: number | null;
  review: number;
  modelScores: number;
  fallbackScores: number;
  protectedFieldsRemoved: number;
}

/** The sum of two summaries. */
export function mergeScreening(a: ScreeningSummary, b: ScreeningSummary): ScreeningSummary {
  const highs = [a.highestScore, b.highestScore].filter((score): score is number => score !== null);
  return {
    ...sumFields(a, b, ['resumes', 'scoreTotal', 'review', 'modelScores', 'fallbackScores', 'protectedFieldsRemoved']),
    highestScore: highs.length === 0 ? null : Math.max(...highs),
  };
}

const emptyScreening = (): ScreeningSummary => ({
  resumes: 0,
  scoreTotal: 0,
  highestScore: null,
  review: 0,
  modelScores: 0,
  fallbackScores: 0,
  protectedFieldsRemoved: 0,
});

/** The screening stage's summary reducer. */
export const screeningSummary: SummaryReducer<ScreeningFacts, ScreeningSummary> = {
  empty: emptyScreening,
  add: (total, facts) =>
    mergeScreening(total, {
      resumes: 1,
      scoreTotal: facts.score,
      highestScore: facts.score,
      review: facts.review ? 1 : 0,
      modelScores: facts.source === 'model' ? 1 : 0,
      fallbackScores: facts.source === 'fallback' ? 1 : 0,
      protectedFieldsRemoved: facts.protectedFields,
    }),
  merge: mergeScreening,
};
