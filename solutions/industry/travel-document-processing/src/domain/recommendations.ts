/**
 * Recommendations for an inspected facility: the model writes them from the fired rules (never from the photo or
 * personal data), checked against a strict schema; when it cannot, each fired rule's fixed recommendation answers.
 * A photo where no rule fired gets no recommendation and no model call.
 */
import { generateStructured, type StructuredAnswer, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import type { InspectionScore } from './cleanliness-rules';

/** The answer's schema: 1-5 short actions and a priority. */
export const RecommendationSchema = z.strictObject({
  recommendations: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.minLength(1), z.maxLength(5)),
  priority: z.enum(['low', 'medium', 'high']),
});

export type Recommendation = z.infer<typeof RecommendationSchema>;

/** The fixed action of each rule (the fallback's answer). */
export const RULE_ACTIONS: Readonly<Record<string, string>> = {
  mould: 'Treat the mould and check ventilation and humidity before the room is let again.',
  litter: 'Remove the litter and check the waste collection schedule.',
  stain: 'Deep-clean the stained surfaces; replace textiles that stay marked.',
  clutter: 'Clear and tidy the area to the housekeeping standard.',
  dust: 'Dust surfaces and vents during the next housekeeping round.',
  structural: 'Have maintenance inspect and repair the damaged structure; close the area if it is unsafe.',
  corrosion: 'Schedule rust treatment of the affected fittings.',
  vandalism: 'Remove the graffiti and report the vandalism to security.',
  wear: 'Plan refinishing of the worn or scratched surfaces.',
  'dark-photo': 'Retake the photo with more light: the rules cannot judge a dark picture.',
  'low-resolution': 'Retake the photo at a higher resolution.',
};

/** The rule-based answer: one action per fired rule, priority from the grade. */
export function ruleRecommendations(score: InspectionScore): Recommendation {
  const actions = score.fired.map((rule) => RULE_ACTIONS[rule.rule] ?? `Check the ${rule.label.toLowerCase()}.`);
  const priority = score.grade === 'poor' ? 'high' : score.grade === 'needs-attention' ? 'medium' : 'low';
  return { recommendations: actions.slice(0, 5), priority };
}

/** The prompt: the scores and fired rules only. */
export function recommendationPrompt(score: InspectionScore): string {
  const rules = score.fired.map((rule) => `- ${rule.rule} (${rule.kind}): ${rule.label}, -${rule.deduction}`);
  return [
    'A hotel facility inspection photo was scored by fixed rules.',
    `Overall score: ${score.score} of 100 (cleanliness ${score.cleanliness}, damage ${score.damage}), grade ${score.grade}.`,
    'Rules that fired:',
    ...rules,
    'Recommend 1 to 5 short actions for housekeeping or maintenance, and a priority (low, medium, high).',
  ].join('\n');
}

/** Recommendations for `score`: none when no rule fired, else the model's, else the rules'. */
export async function recommend(
  generator: TextGenerator,
  score: InspectionScore,
): Promise<StructuredAnswer<Recommendation> | { value: Recommendation; source: 'none' }> {
  if (score.fired.length === 0) return { value: { recommendations: [], priority: 'low' }, source: 'none' };
  return generateStructured(
    generator,
    {
      system: 'You advise hotel housekeeping and maintenance teams. Answer with JSON only.',
      prompt: recommendationPrompt(score),
      maxTokens: 512,
      temperature: 0.2,
    },
    RecommendationSchema,
    () => ruleRecommendations(score),
  );
}
