/**
 * Damage severity from image labels, by documented rules. Each damage-related label has a weight (0-100); a label
 * contributes `weight x confidence / 100`. The severity is the largest contribution (the primary label) plus a
 * quarter of the others', rounded and capped at 100. The rule that produced it is recorded with the result
 * (`max+quarter-rest`, the primary label, each contribution), or `no-damage-label` (severity 0) when no label has a
 * weight. Non-decreasing in every label's confidence, and always within 0-100 (property-tested).
 */
import type { Label } from '@fsxn-s3ap/shared/ai';

/** Weights of damage-related labels (Rekognition label names; matched case-insensitively). */
export const DAMAGE_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  fire: 95,
  wreck: 90,
  'car crash': 90,
  explosion: 90,
  flood: 85,
  'broken glass': 65,
  smoke: 60,
  debris: 55,
  rubble: 55,
  dent: 45,
  crack: 40,
  'water damage': 70,
  scratch: 25,
  rust: 20,
  // Scene cues the DemoMode labeler can measure on pixels (weak evidence: soot, charring, flames).
  dark: 15,
  black: 12,
  orange: 10,
});

/** Share of the non-primary contributions added to the primary one. */
export const SECONDARY_SHARE = 0.25;

/** Severity bands, for people: from each lower bound up. */
export type SeverityBand = 'none' | 'minor' | 'moderate' | 'severe' | 'critical';

/** One label's part in a severity. */
export interface Contribution {
  label: string;
  confidence: number;
  weight: number;
  points: number;
}

/** A severity and the rule that produced it. */
export interface SeverityAssessment {
  severity: number;
  band: SeverityBand;
  rule: 'max+quarter-rest' | 'no-damage-label';
  /** The label with the largest contribution, if any. */
  primary?: string;
  /** The primary label's confidence (0-100), 0 when none. */
  primaryConfidence: number;
  contributions: Contribution[];
}

/** The band of a severity: none 0, minor 1-29, moderate 30-59, severe 60-84, critical 85-100. */
export function bandOf(severity: number): SeverityBand {
  if (severity <= 0) return 'none';
  if (severity < 30) return 'minor';
  if (severity < 60) return 'moderate';
  return severity < 85 ? 'severe' : 'critical';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The severity of `labels` under `weights` (default {@link DAMAGE_WEIGHTS}). */
export function assessSeverity(
  labels: readonly Pick<Label, 'name' | 'confidence'>[],
  weights: Readonly<Record<string, number>> = DAMAGE_WEIGHTS,
): SeverityAssessment {
  const best = new Map<string, Contribution>();
  for (const label of labels) {
    const weight = weights[label.name.toLowerCase()];
    if (weight === undefined) continue;
    const confidence = Math.min(100, Math.max(0, label.confidence));
    const points = (weight * confidence) / 100;
    const seen = best.get(label.name.toLowerCase());
    if (seen === undefined || seen.points < points)
      best.set(label.name.toLowerCase(), { label: label.name, confidence, weight, points });
  }
  const contributions = [...best.values()].sort((a, b) => b.points - a.points || a.label.localeCompare(b.label));
  const [primary, ...rest] = contributions;
  if (primary === undefined)
    return { severity: 0, band: 'none', rule: 'no-damage-label', primaryConfidence: 0, contributions: [] };
  const total = primary.points + SECONDARY_SHARE * rest.reduce((sum, item) => sum + item.points, 0);
  const severity = Math.min(100, Math.round(total));
  return {
    severity,
    band: bandOf(severity),
    rule: 'max+quarter-rest',
    primary: primary.label,
    primaryConfidence: primary.confidence,
    contributions: contributions.map((item) => ({ ...item, points: round1(item.points) })),
  };
}
