/**
 * The job profile candidates are scored against: `config/job-profile.json` (bundled with the function), checked at
 * cold start; skills must be canonical names of the skills vocabulary.
 */
import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import profileJson from '../../config/job-profile.json';
import { EDUCATION_LEVELS } from './education';
import { SKILLS_VOCABULARY } from './skills-vocabulary';

const JobProfileSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  requiredSkills: z.array(z.string()),
  preferredSkills: z.array(z.string()),
  minimumYears: z.number().check(z.gte(0), z.lte(60)),
  education: z.enum(EDUCATION_LEVELS),
});

export type JobProfile = z.infer<typeof JobProfileSchema>;

/** A checked job profile: ConfigError on a bad shape or a skill outside the vocabulary. */
export function checkJobProfile(value: unknown): JobProfile {
  let profile: JobProfile;
  try {
    profile = parseWith(JobProfileSchema, value, 'job profile');
  } catch (error) {
    throw new ConfigError(`config/job-profile.json: ${(error as Error).message}`);
  }
  const unknown = [...profile.requiredSkills, ...profile.preferredSkills].filter(
    (skill) => !(skill in SKILLS_VOCABULARY),
  );
  if (unknown.length > 0)
    throw new ConfigError(`config/job-profile.json: skills not in the vocabulary: ${unknown.join(', ')}`);
  return profile;
}

/** The pattern's job profile. */
export const loadJobProfile = (): JobProfile => checkJobProfile(profileJson);
