/**
 * The safety narrative: the TextGenerator port (Bedrock, or the DemoMode generator) writes it from the findings
 * through the kit's `generateStructured`; when the model gives no usable answer, the keyword fallback (the findings
 * grouped by rule family) stands in, marked `source: 'fallback'`.
 */
import { generateStructured, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import type { Finding, RuleCategory } from './safety-rules';

/** What the model is asked for. */
export const Narrative = z.strictObject({
  summary: z.string().check(z.trim(), z.minLength(1)),
  actions: z.string().check(z.trim(), z.minLength(1)),
});
export type NarrativeValue = z.infer<typeof Narrative>;

const SYSTEM =
  'You are a construction safety reviewer. Summarise the rule findings for the site manager, using only the facts given.';

/** The keyword fallback: counts by rule family and the subjects concerned. */
export function fallbackNarrative(findings: readonly Finding[], total: number): NarrativeValue {
  if (total === 0) return { summary: 'No safety rule fired.', actions: 'None.' };
  const families: RuleCategory[] = ['egress', 'structural', 'materials'];
  const parts = families
    .map((family) => {
      const hits = findings.filter((finding) => finding.category === family);
      const subjects = [...new Set(hits.map((finding) => finding.subject))].join(', ');
      return hits.length === 0 ? '' : `${family}: ${hits.length} finding(s) in ${subjects}`;
    })
    .filter((part) => part !== '');
  return {
    summary: `${total} safety finding(s). ${parts.join('; ')}.`,
    actions: [...new Set(findings.map((finding) => `Review ${finding.subject} (${finding.rule})`))]
      .slice(0, 10)
      .join('; '),
  };
}

/** The narrative and where it came from. */
export async function safetyNarrative(generator: TextGenerator, findings: readonly Finding[], total: number) {
  const lines = findings.map((f) => `- [${f.severity}] ${f.rule} ${f.subject}: ${f.detail}`);
  const prompt = [
    `Safety rule findings of this run: ${total}.`,
    ...(lines.length > 0 ? lines : ['- none']),
    'Answer with a summary and the actions to take.',
  ].join('\n');
  return generateStructured(generator, { system: SYSTEM, prompt, maxTokens: 600 }, Narrative, () =>
    fallbackNarrative(findings, total),
  );
}
