/**
 * The personal data an estimate names in its form fields: the claimant (`Claimant`, `Policyholder`, `Insured`,
 * `Name`) and the policy number (`Policy`, `Policy No`, `Policy Number`). They are kept in the estimate's result and
 * the claim report (whose `pii` metadata says so) and never logged unless LOG_PII_DATA is true.
 */
import type { OcrKeyValue } from '@fsxn-s3ap/shared/ai';

/** The parties of an estimate, when its fields name them. */
export interface Parties {
  claimant?: string;
  policyNumber?: string;
}

const CLAIMANT_KEYS = new Set(['claimant', 'policyholder', 'policy holder', 'insured', 'name']);
const POLICY_KEYS = new Set(['policy', 'policy no', 'policy number', 'policy #']);

function normalisedKey(key: string): string {
  return key.toLowerCase().replaceAll('.', '').replace(/\s+/g, ' ').trim();
}

/** The claimant and policy number of `fields` (the first of each). */
export function partiesOf(fields: readonly Pick<OcrKeyValue, 'key' | 'value'>[]): Parties {
  const parties: Parties = {};
  for (const field of fields) {
    const key = normalisedKey(field.key);
    const value = field.value.trim();
    if (value === '') continue;
    if (CLAIMANT_KEYS.has(key)) parties.claimant ??= value;
    else if (POLICY_KEYS.has(key)) parties.policyNumber ??= value;
  }
  return parties;
}

/** PII span types of the parties (`NAME`, `POLICY_NUMBER`), for `piiMetadata`. */
export function partyTypes(parties: Parties): Array<{ type: string }> {
  return [
    ...(parties.claimant === undefined ? [] : [{ type: 'NAME' }]),
    ...(parties.policyNumber === undefined ? [] : [{ type: 'POLICY_NUMBER' }]),
  ];
}
