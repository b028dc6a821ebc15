/** This pattern's settings from the environment, parsed once per execution environment. */
import { type Env, enumEnv } from '@fsxn-s3ap/shared/config';
import { type ConfidenceThresholds, thresholdsFromEnv } from '@fsxn-s3ap/shared/human-review';
import { type JobProfile, loadJobProfile } from './job-profile';

export const PiiModes = ['strict', 'standard'] as const;
export type PiiMode = (typeof PiiModes)[number];

export interface ScreeningSettings {
  /**
   * `PII_MODE` (template `PiiMode`, default `strict`): `strict` masks all personal data in stored outputs;
   * `standard` keeps the candidate's name, e-mail and phone for recruiters and masks the rest.
   */
  piiMode: PiiMode;
  /** Extractions below `autoApprove` confidence go under `review/` (HUMAN_REVIEW_* variables). */
  thresholds: ConfidenceThresholds;
  profile: JobProfile;
}

/** Reads the settings; ConfigError names a bad variable or a bad job profile. */
export function loadScreeningSettings(env: Env = process.env): ScreeningSettings {
  return {
    piiMode: enumEnv('PII_MODE', PiiModes, 'strict', env),
    thresholds: thresholdsFromEnv(env),
    profile: loadJobProfile(),
  };
}
