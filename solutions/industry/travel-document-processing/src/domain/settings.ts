/** This pattern's settings from the environment, parsed once per execution environment. */
import { type Env, enumEnv } from '@fsxn-s3ap/shared/config';

/** Which personal data the stored reservation records keep. */
export const PiiFilterModes = ['strict', 'standard'] as const;
export type PiiFilterMode = (typeof PiiFilterModes)[number];

/** The reservation branch's settings. */
export interface ReservationSettings {
  /**
   * `PII_FILTER_MODE` (template `PiiFilterMode`, default `strict`): `strict` stores no guest name and redacts every
   * personal datum in the stored text; `standard` keeps guest names (front desk and transfer lists need them) and
   * redacts the rest (contact details, card, passport and other identity numbers, addresses, dates of birth).
   */
  piiFilterMode: PiiFilterMode;
}

/** Reads the reservation settings; ConfigError names a bad variable. */
export function loadReservationSettings(env: Env = process.env): ReservationSettings {
  return { piiFilterMode: enumEnv('PII_FILTER_MODE', PiiFilterModes, 'strict', env) };
}
