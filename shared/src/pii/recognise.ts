/**
 * The deterministic recogniser: every scanner runs once over the text (each linear in its length), then candidates
 * are accepted in priority order, skipping any that overlaps one already accepted.
 */
import { ValidationError } from '../errors';
import { scanAmounts } from './amounts';
import { scanDates } from './dates';
import { scanDigitGroups } from './digit-groups';
import { scanEmails } from './emails';
import { scanIbans } from './ibans';
import { scanLabelled } from './labels';
import { scanCompanySuffixes, scanSalutations } from './names';
import { scanPhones } from './phones';
import { type Candidate, PII_TYPES, type RecognisedSpan, type SpanTypeValue } from './types';

/** Options of {@link recognise}. */
export interface RecogniseOptions {
  /** Only these types (default: every `SpanType`). */
  types?: Iterable<string>;
}

/** Largest text {@link recognise} accepts: 10 MB of characters (split longer text, for example by page). */
export const MAX_RECOGNISE_CHARS = 10_000_000;

/** Scanners in priority order: on overlapping candidates, the earlier scanner's wins. */
const SCANNERS: readonly ((text: string) => Candidate[])[] = [
  scanLabelled,
  scanEmails,
  scanIbans,
  scanDigitGroups,
  scanPhones,
  scanSalutations,
  scanDates,
  scanAmounts,
  scanCompanySuffixes,
];

/** Confidence of each type: checksum-validated numbers highest, shape-only matches lower. */
const SCORES: Readonly<Record<SpanTypeValue, number>> = {
  CREDIT_DEBIT_NUMBER: 0.99,
  INTERNATIONAL_BANK_ACCOUNT_NUMBER: 0.99,
  JP_MY_NUMBER: 0.97,
  SSN: 0.95,
  EMAIL: 0.99,
  PHONE: 0.9,
  DATE_TIME: 0.95,
  AMOUNT: 0.95,
  QUANTITY: 0.9,
  PASSPORT_NUMBER: 0.9,
  NAME: 0.85,
  ADDRESS: 0.85,
  ORGANIZATION: 0.85,
};

/**
 * Personal data and document entities in `text`, sorted by offset, never overlapping: card numbers (Luhn), e-mail
 * addresses, phone numbers, SSNs, My Numbers, IBANs (mod-97), labelled passport numbers, names, addresses and
 * companies, dates, currency amounts, quantities and companies with a legal-form suffix. Offsets index the
 * JavaScript string, so `text.slice(span.beginOffset, span.endOffset) === span.text`.
 *
 * @example
 * ```ts
 * recognise('Card 4111 1111 1111 1111, mail jane@example.com', { types: PII_TYPES });
 * // [{ type: 'CREDIT_DEBIT_NUMBER', text: '4111 1111 1111 1111', beginOffset: 5, endOffset: 24, score: 0.99 }, ...]
 * ```
 */
export function recognise(text: string, options: RecogniseOptions = {}): RecognisedSpan[] {
  if (text.length > MAX_RECOGNISE_CHARS) {
    throw new ValidationError(`Text is ${text.length} characters; the recogniser reads at most ${MAX_RECOGNISE_CHARS}`);
  }
  const wanted = options.types === undefined ? undefined : new Set(options.types);
  const taken = new Uint8Array(text.length);
  const accepted: RecognisedSpan[] = [];
  for (const scan of SCANNERS) {
    for (const candidate of scan(text)) {
      if (wanted !== undefined && !wanted.has(candidate.type)) continue;
      const { beginOffset, endOffset, type } = candidate;
      if (endOffset <= beginOffset || taken.subarray(beginOffset, endOffset).includes(1)) continue;
      taken.fill(1, beginOffset, endOffset);
      accepted.push({ type, text: text.slice(beginOffset, endOffset), score: SCORES[type], beginOffset, endOffset });
    }
  }
  return accepted.sort((a, b) => a.beginOffset - b.beginOffset);
}

/** The personal data in `text`: {@link recognise} restricted to {@link PII_TYPES}. */
export function recognisePii(text: string): RecognisedSpan[] {
  return recognise(text, { types: PII_TYPES });
}
