/**
 * Candidate scores against the job profile, from the scoring input only. Rules (the fallback and the reference):
 * required skills 50 points by share covered, preferred skills 20 by share, experience 20 by `years / minimumYears`
 * (capped at 1), education 10 when the level is met, 5 one level below. The model answers through
 * `generateStructured` with the same input and the same rubric; its answer is used when it matches the schema.
 */
import { generateStructured, type StructuredAnswer, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import * as z from '@fsxn-s3ap/shared/zod';
import { rankOf } from './education';
import type { JobProfile } from './job-profile';
import type { ScoringInput } from './scoring-input';

export const ScoreSchema = z.strictObject({
  score: z.int().check(z.gte(0), z.lte(100)),
  rationale: z.string().check(z.maxLength(600)),
});

export type CandidateScore = z.infer<typeof ScoreSchema>;

const share = (wanted: readonly string[], have: readonly string[]) =>
  wanted.length === 0 ? 1 : wanted.filter((skill) => have.includes(skill)).length / wanted.length;

/** The rule score of `input` against `profile`. */
export function ruleScore(input: ScoringInput, profile: JobProfile): CandidateScore {
  const required = share(profile.requiredSkills, input.skills);
  const preferred = share(profile.preferredSkills, input.skills);
  const experience = profile.minimumYears === 0 ? 1 : Math.min(1, input.yearsOfExperience / profile.minimumYears);
  const gap = rankOf(profile.education) - rankOf(input.educationLevel);
  const education = gap <= 0 ? 10 : gap === 1 ? 5 : 0;
  const score = Math.round(50 * required + 20 * preferred + 20 * experience + education);
  const missing = profile.requiredSkills.filter((skill) => !input.skills.includes(skill));
  const rationale =
    `Required skills ${Math.round(required * 100)}%${missing.length > 0 ? ` (missing ${missing.join(', ')})` : ''}, ` +
    `preferred ${Math.round(preferred * 100)}%, ${input.yearsOfExperience} of ${profile.minimumYears} years, ` +
    `education ${input.educationLevel} for ${profile.education}.`;
  return { score, rationale };
}

/** The prompt: the profile, the rubric and the scoring input, nothing else. */
export function scoringPrompt(input: ScoringInput, profile: JobProfile): string {
  return [
    `Job profile: ${JSON.stringify(profile)}`,
    `Candidate: ${JSON.stringify(input)}`,
    'Score the candidate from 0 to 100: required skills 50 points by share, preferred skills 20 by share,',
    'experience 20 by years over the minimum (at most 20), education 10 when met, 5 one level below.',
    'Answer with JSON: an integer score and a one-sentence rationale.',
  ].join('\n');
}

/** The score of `input`: the model's, else the rules'. */
export function scoreCandidate(
  generator: TextGenerator,
  input: ScoringInput,
  profile: JobProfile,
): Promise<StructuredAnswer<CandidateScore>> {
  return generateStructured(
    generator,
    {
      system: 'You screen resumes against a job profile. Use only the fields given. Answer with JSON only.',
      prompt: scoringPrompt(input, profile),
      maxTokens: 300,
      temperature: 0,
    },
    ScoreSchema,
    () => ruleScore(input, profile),
  );
}
