/**
 * E-mail addresses, found from each `@`: the local part is read backwards (at most 64 characters) and the domain
 * forwards (at most 253), so every character is looked at a bounded number of times.
 */
import { isDigitAt, isLetterAt } from './chars';
import { type Candidate, SpanType } from './types';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const LOCAL_PUNCTUATION = new Set(['.', '_', '%', '+', '-']);

function isLocalAt(text: string, index: number): boolean {
  return isDigitAt(text, index) || isLetterAt(text, index) || LOCAL_PUNCTUATION.has(text[index] ?? '');
}

function isDomainAt(text: string, index: number): boolean {
  const char = text[index];
  return isDigitAt(text, index) || isLetterAt(text, index) || char === '.' || char === '-';
}

/** E-mail addresses in `text`. */
export function scanEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
    let begin = at;
    while (begin > 0 && at - begin < MAX_LOCAL && isLocalAt(text, begin - 1)) begin -= 1;
    if (begin < from || isLocalAt(text, begin - 1)) continue;
    while (text[begin] === '.') begin += 1;
    let end = at + 1;
    while (end - at <= MAX_DOMAIN && isDomainAt(text, end)) end += 1;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end -= 1;
    if (begin === at || !validDomain(text.slice(at + 1, end))) continue;
    found.push({ type: SpanType.Email, beginOffset: begin, endOffset: end });
    from = end;
  }
  return found;
}

/** At least two labels, no empty label, and a top-level label of two or more letters. */
function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  const top = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((label) => label !== '') && /^[A-Za-z]{2,63}$/.test(top);
}
