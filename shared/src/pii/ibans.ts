/**
 * IBANs, compact (`DE89370400440532013000`) or in groups of four (`DE89 3704 0044 0532 0130 00`): from each
 * two-letters-two-digits start, up to 34 letters and digits joined by single spaces are read, and the longest
 * prefix that ends on a group boundary and passes the mod-97 check is kept.
 */
import { isDigitAt, isWordAt } from './chars';
import { ibanValid } from './checksums';
import { type Candidate, SpanType } from './types';

const MAX_IBAN = 34;
const MIN_IBAN = 15;

function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 65 && code <= 90;
}

const isIbanCharAt = (text: string, index: number): boolean => isUpperAt(text, index) || isDigitAt(text, index);

/** IBANs in `text`. */
export function scanIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  let index = 0;
  while (index < text.length - 3) {
    const starts =
      isUpperAt(text, index) &&
      isUpperAt(text, index + 1) &&
      isDigitAt(text, index + 2) &&
      isDigitAt(text, index + 3) &&
      !isWordAt(text, index - 1);
    const end = starts ? longestIban(text, index) : undefined;
    if (end === undefined) {
      index += 1;
      continue;
    }
    found.push({ type: SpanType.Iban, beginOffset: index, endOffset: end });
    index = end;
  }
  return found;
}

function longestIban(text: string, start: number): number | undefined {
  let compact = '';
  const ends: number[] = [];
  let index = start;
  while (compact.length < MAX_IBAN) {
    if (isIbanCharAt(text, index)) {
      compact += text[index];
      index += 1;
      if (!isIbanCharAt(text, index)) ends.push(index);
    } else if (text[index] === ' ' && isIbanCharAt(text, index + 1) && compact.length > 0) index += 1;
    else break;
  }
  for (let cut = ends.length - 1; cut >= 0; cut -= 1) {
    const end = ends[cut] as number;
    const length = charsBefore(text, start, end);
    if (length >= MIN_IBAN && !isWordAt(text, end) && ibanValid(compact.slice(0, length))) return end;
  }
  return undefined;
}

function charsBefore(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index += 1) if (text[index] !== ' ') count += 1;
  return count;
}
