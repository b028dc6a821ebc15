/** Whether a de-identified file goes to a person: burned-in text in the image, or PHI left in its text. */
import { type ConfidenceThresholds, evaluateConfidence, type ReviewDecision } from '@fsxn-s3ap/shared/human-review';
import type { TextFinding } from './burned-in/text-detector';
import type { PhiFinding } from './phi/phi-detector';

/** Why a file needs review. */
export type ReviewReason = 'BURNED_IN_TEXT' | 'RESIDUAL_PHI' | 'IMAGE_NOT_CHECKED';

/** The review verdict of one file. */
export interface ReviewVerdict {
  decision: ReviewDecision;
  reasons: ReviewReason[];
  /** Highest burned-in text confidence (0 when none was found). */
  burnedInScore: number;
}

/**
 * The "image is clean" score is 1 minus the strongest text finding, routed by the human review thresholds: clean
 * images approve, likely text goes to review, near-certain text is REJECT (the copy must not be released as is). PHI
 * left in the text, or pixels the detector could not look at (`imageChecked` false: encapsulated, colour), send an
 * approved file to review.
 */
export function reviewVerdict(
  text: readonly TextFinding[],
  phi: readonly PhiFinding[],
  thresholds: ConfidenceThresholds,
  imageChecked = true,
): ReviewVerdict {
  const burnedInScore = Math.max(0, ...text.map((f) => Math.min(1, Math.max(0, f.confidence))));
  let decision = evaluateConfidence(1 - burnedInScore, thresholds);
  const reasons: ReviewReason[] = [];
  if (decision !== 'AUTO_APPROVE') reasons.push('BURNED_IN_TEXT');
  if (phi.length > 0) reasons.push('RESIDUAL_PHI');
  if (!imageChecked) reasons.push('IMAGE_NOT_CHECKED');
  if (reasons.length > 0 && decision === 'AUTO_APPROVE') decision = 'HUMAN_REVIEW';
  return { decision, reasons, burnedInScore };
}
