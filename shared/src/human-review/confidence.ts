/** Routing an AI result by its confidence: approve automatically, send to a person, or reject. */
import { type Env, numberEnv } from '../config';
import { ConfigError, ValidationError } from '../errors';

/** What to do with a result. */
export type ReviewDecision = 'AUTO_APPROVE' | 'HUMAN_REVIEW' | 'REJECT';

/** Every {@link ReviewDecision}, for ASL Choice states and tests. */
export const ReviewDecisions = {
  AutoApprove: 'AUTO_APPROVE',
  HumanReview: 'HUMAN_REVIEW',
  Reject: 'REJECT',
} as const satisfies Record<string, ReviewDecision>;

/** Score limits: at or above `autoApprove` approve, at or above `reject` review, below reject. */
export interface ConfidenceThresholds {
  autoApprove: number;
  reject: number;
}

/** The defaults: approve from 0.85, review from 0.30. */
export const DEFAULT_THRESHOLDS: Readonly<ConfidenceThresholds> = Object.freeze({ autoApprove: 0.85, reject: 0.3 });

/**
 * The decision for a confidence `score` in [0, 1]. A score outside that range (or NaN) is a ValidationError, never
 * silently routed.
 *
 * @example
 * ```ts
 * evaluateConfidence(0.9); // 'AUTO_APPROVE'
 * evaluateConfidence(0.5); // 'HUMAN_REVIEW'
 * ```
 */
export function evaluateConfidence(
  score: number,
  thresholds: ConfidenceThresholds = DEFAULT_THRESHOLDS,
): ReviewDecision {
  if (!(score >= 0 && score <= 1)) throw new ValidationError(`Confidence score must be within [0, 1], got ${score}`);
  checkThresholds(thresholds, (message) => new ValidationError(message));
  if (score >= thresholds.autoApprove) return 'AUTO_APPROVE';
  return score >= thresholds.reject ? 'HUMAN_REVIEW' : 'REJECT';
}

/**
 * Thresholds from `HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD` (default 0.85) and `HUMAN_REVIEW_REJECT_THRESHOLD`
 * (default 0.30); a ConfigError unless `0 <= reject <= autoApprove <= 1`.
 */
export function thresholdsFromEnv(env: Env = process.env): ConfidenceThresholds {
  const range = { min: 0, max: 1 };
  const thresholds = {
    autoApprove: numberEnv(
      'HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD',
      { ...range, fallback: DEFAULT_THRESHOLDS.autoApprove },
      env,
    ),
    reject: numberEnv('HUMAN_REVIEW_REJECT_THRESHOLD', { ...range, fallback: DEFAULT_THRESHOLDS.reject }, env),
  };
  checkThresholds(thresholds, (message) => new ConfigError(message));
  return thresholds;
}

function checkThresholds(thresholds: ConfidenceThresholds, fail: (message: string) => Error): void {
  const { autoApprove, reject } = thresholds;
  if (!(reject >= 0 && reject <= autoApprove && autoApprove <= 1)) {
    throw fail(
      `Human review thresholds must satisfy 0 <= reject <= autoApprove <= 1 ` +
        `(HUMAN_REVIEW_REJECT_THRESHOLD=${reject}, HUMAN_REVIEW_AUTO_APPROVE_THRESHOLD=${autoApprove})`,
    );
  }
}
