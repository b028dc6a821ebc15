/**
 * Classification of a record as public, sensitive or confidential, from documented rules over its text and the
 * personal data found in it (first rule that matches wins):
 *
 * 1. confidential: an SSN, a card number, an IBAN, a passport number or a My Number was found, or the text carries
 *    a confidential marking (`confidential`, `secret`, `top secret`, `classified`);
 * 2. sensitive: any other personal data (name, e-mail, phone, address) was found, or the text carries a sensitive
 *    marking (`sensitive`, `for official use only`, `fouo`, `controlled unclassified`, `cui`, `privacy act`,
 *    `internal use only`); dates alone do not make a record sensitive;
 * 3. public: otherwise.
 */
import { firstPhrase } from './markings';

/** The three classes, least restricted first. */
export const CLASSIFICATIONS = ['public', 'sensitive', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Personal data types that make a record confidential on their own. */
export const CONFIDENTIAL_PII_TYPES: ReadonlySet<string> = new Set([
  'SSN',
  'CREDIT_DEBIT_NUMBER',
  'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  'PASSPORT_NUMBER',
  'JP_MY_NUMBER',
  'BANK_ACCOUNT_NUMBER',
  'DRIVER_ID',
]);
/** Personal data types that do not change the class (a date alone identifies nobody). */
export const NEUTRAL_PII_TYPES: ReadonlySet<string> = new Set(['DATE_TIME']);

export const CONFIDENTIAL_MARKINGS = ['top secret', 'secret', 'confidential', 'classified'] as const;
export const SENSITIVE_MARKINGS = [
  'for official use only',
  'fouo',
  'controlled unclassified',
  'cui',
  'privacy act',
  'internal use only',
  'sensitive',
] as const;

/** The class and the rule that chose it, in words (no personal data). */
export interface ClassificationResult {
  classification: Classification;
  reason: string;
}

/** The class of a record whose text is `text` and whose personal data has the types `piiTypes`. */
export function classify(text: string, piiTypes: Iterable<string>): ClassificationResult {
  const types = [...new Set(piiTypes)].sort();
  const confidentialType = types.find((type) => CONFIDENTIAL_PII_TYPES.has(type));
  if (confidentialType !== undefined) return { classification: 'confidential', reason: `${confidentialType} found` };
  const lower = text.toLowerCase();
  const confidentialMark = firstPhrase(lower, CONFIDENTIAL_MARKINGS);
  if (confidentialMark !== undefined) return { classification: 'confidential', reason: `marked "${confidentialMark}"` };
  const personalType = types.find((type) => !NEUTRAL_PII_TYPES.has(type));
  if (personalType !== undefined) return { classification: 'sensitive', reason: `${personalType} found` };
  const sensitiveMark = firstPhrase(lower, SENSITIVE_MARKINGS);
  if (sensitiveMark !== undefined) return { classification: 'sensitive', reason: `marked "${sensitiveMark}"` };
  return { classification: 'public', reason: 'no personal data or marking' };
}
