/** Confidence-based routing of AI results to automatic approval, human review or rejection. */
export {
  type ConfidenceThresholds,
  DEFAULT_THRESHOLDS,
  evaluateConfidence,
  type ReviewDecision,
  ReviewDecisions,
  thresholdsFromEnv,
} from './confidence';
