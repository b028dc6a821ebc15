/**
 * The severity narrative of a damage photo: the TextGenerator port (Bedrock, or the DemoMode generator) writes a
 * short summary from the labels and the rule's result, through the kit's `generateStructured`; when the model's
 * answer is not a usable summary or the model fails for good, the rule-based sentence stands in
 * (`source: 'fallback'`). The severity itself is always the rule's: the model only words it.
 */
import { generateStructured, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import type { SeverityAssessment } from './severity-rules';

/** A narrative and who wrote it. */
export interface SeverityNarrative {
  summary: string;
  source: 'model' | 'fallback';
  reason?: string;
}

const Narrative = z.strictObject({ summary: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) });

const SYSTEM =
  'You assist a motor and property claims adjuster. Describe the damage in one or two sentences from the facts given only; do not change the severity.';

/** The rule-based narrative: what the rule saw and concluded. */
export function ruleNarrative(assessment: SeverityAssessment): string {
  if (assessment.primary === undefined) return 'No damage-related label was detected; severity 0 (no-damage-label).';
  const seen = assessment.contributions.map((item) => `${item.label} (${item.confidence.toFixed(1)}%)`).join(', ');
  return `Severity ${assessment.severity} (${assessment.band}) by rule ${assessment.rule}, led by ${assessment.primary}; labels: ${seen}.`;
}

/** Asks the generator for the narrative; throttling and transient errors are rethrown for the Retry. */
export async function severityNarrative(
  generator: TextGenerator,
  assessment: SeverityAssessment,
  labels: readonly string[],
): Promise<SeverityNarrative> {
  const prompt = [
    `Severity: ${assessment.severity} of 100 (${assessment.band}).`,
    `Rule: ${assessment.rule}.`,
    `Detected labels: ${labels.join(', ') || 'none'}.`,
    'Summarise the visible damage for the claim file.',
  ].join('\n');
  const answer = await generateStructured(generator, { system: SYSTEM, prompt, maxTokens: 300 }, Narrative, () => ({
    summary: ruleNarrative(assessment),
  }));
  return {
    summary: answer.value.summary.trim(),
    source: answer.source,
    ...(answer.reason === undefined ? {} : { reason: answer.reason }),
  };
}
