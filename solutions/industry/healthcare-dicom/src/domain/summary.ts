/** What one file's de-identification returns, and how the run adds it up. */
import type { ReviewDecision } from '@fsxn-s3ap/shared/human-review';
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { ProfileAction } from './anonymise/profile';
import type { ImageFacts } from './dicom/facts';
import type { ReviewReason, ReviewVerdict } from './review';

/** The facts of one de-identified file (no PHI: identifying values never leave the stage). */
export interface DicomOutcome {
  facts: ImageFacts;
  /** Attributes removed (X), emptied (Z) and UIDs replaced (U). */
  actions: Record<ProfileAction, number>;
  /** Pixel value bytes copied unchanged. */
  pixelBytes: number;
  burnedIn: { findings: number; sources: string[]; detector: string };
  residualPhi: { findings: number; types: string[]; detector: string };
  review: ReviewVerdict;
}

/** The result JSON written for one file. */
export interface DicomResult extends DicomOutcome {
  key: string;
  /** Full key of the de-identified copy. */
  anonymizedKey: string;
  executionId: string;
  processedAt: string;
}

/** A file flagged for review, as the report lists it. */
export interface FlaggedFile {
  key: string;
  decision: ReviewDecision;
  reasons: ReviewReason[];
}

/** Totals over the de-identified files. */
export interface DicomSummary {
  actions: Record<ProfileAction, number>;
  pixelBytes: number;
  byModality: Record<string, number>;
  byDecision: Partial<Record<ReviewDecision, number>>;
  burnedInText: number;
  residualPhi: number;
  /** The first {@link MAX_FLAGGED_LISTED} flagged files by key; `byDecision` counts them all. */
  flagged: FlaggedFile[];
}

/** Flagged files listed by name in the report. */
export const MAX_FLAGGED_LISTED = 100;

/** The sum of two summaries (commutative and associative; flagged files sorted by key and capped). */
export function mergeDicom(a: DicomSummary, b: DicomSummary): DicomSummary {
  return {
    ...sumFields(a, b, ['pixelBytes', 'burnedInText', 'residualPhi']),
    actions: sumFields(a.actions, b.actions, ['X', 'Z', 'U']),
    byModality: addCounts(a.byModality, b.byModality),
    byDecision: addCounts(a.byDecision, b.byDecision),
    flagged: [...a.flagged, ...b.flagged]
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .slice(0, MAX_FLAGGED_LISTED),
  };
}

const emptyDicom = (): DicomSummary => ({
  actions: { X: 0, Z: 0, U: 0 },
  pixelBytes: 0,
  byModality: {},
  byDecision: {},
  burnedInText: 0,
  residualPhi: 0,
  flagged: [],
});

/** The stage's reducer. */
export const dicomSummary: SummaryReducer<DicomOutcome, DicomSummary> = {
  empty: emptyDicom,
  add: (total, outcome, object) =>
    mergeDicom(total, {
      actions: outcome.actions,
      pixelBytes: outcome.pixelBytes,
      byModality: { [outcome.facts.modality ?? 'unknown']: 1 },
      byDecision: { [outcome.review.decision]: 1 },
      burnedInText: outcome.review.reasons.includes('BURNED_IN_TEXT') ? 1 : 0,
      residualPhi: outcome.review.reasons.includes('RESIDUAL_PHI') ? 1 : 0,
      flagged:
        outcome.review.decision === 'AUTO_APPROVE'
          ? []
          : [{ key: object.key, decision: outcome.review.decision, reasons: outcome.review.reasons }],
    }),
  merge: mergeDicom,
};
