/**
 * Phone numbers: international (`+81 3-1234-5678`, `+1 (555) 123-4567`, `+44 20 7946 0958`: `+`, then 8-15 digits)
 * and national ones written in groups (`(555) 123-4567`, `555-123-4567`, `03-1234-5678`, `090 1234 5678`: 10 or 11
 * digits, in the US 3-3-4 shape or starting with a trunk `0`). One linear pass; each candidate reads at most 30
 * characters.
 */
import { digitsEnd, isDigitAt, isWordAt, nextIndex } from './chars';
import { type Candidate, SpanType } from './types';

const MAX_PHONE_CHARS = 30;
const START = /[0-9+(]/g;

/** Phone numbers in `text`. */
export function scanPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = nextIndex(text, START, 0); index < text.length; index = nextIndex(text, START, index)) {
    const char = text[index];
    const startsNumber = char === '+' || char === '(' ? isDigitAt(text, index + 1) : isDigitAt(text, index);
    if (!startsNumber || isWordAt(text, index - 1) || text[index - 1] === '+') {
      index = isDigitAt(text, index) ? digitsEnd(text, index) : index + 1;
      continue;
    }
    const phone = readPhone(text, index);
    if (phone.valid) found.push({ type: SpanType.Phone, beginOffset: index, endOffset: phone.end });
    index = Math.max(phone.end, index + 1);
  }
  return found;
}

interface PhoneRead {
  end: number;
  valid: boolean;
}

function readPhone(text: string, start: number): PhoneRead {
  const international = text[start] === '+';
  let index = international ? start + 1 : start;
  const widths: number[] = [];
  let parenthesised = false;
  for (;;) {
    const open = text[index] === '(';
    if (open) index += 1;
    const end = digitsEnd(text, index);
    widths.push(end - index);
    index = end;
    if (open) {
      if (text[index] !== ')') return { end: index, valid: false };
      index += 1;
      parenthesised = true;
    }
    const gap = text[index] === ' ' || text[index] === '-' || text[index] === '.' ? 1 : 0;
    const next = index + gap;
    const continues = isDigitAt(text, next) || (text[next] === '(' && isDigitAt(text, next + 1));
    if (!continues || (gap === 0 && !open)) break;
    if (next - start > MAX_PHONE_CHARS) return { end: next, valid: false };
    index = next;
  }
  const end = index;
  if (isWordAt(text, end)) return { end, valid: false };
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (international) return { end, valid: total >= 8 && total <= 15 && widths.length >= 2 };
  return { end, valid: nationalShape(text, start, widths, total, parenthesised) };
}

function nationalShape(
  text: string,
  start: number,
  widths: readonly number[],
  total: number,
  parenthesised: boolean,
): boolean {
  if (widths.length < 2 || total < 10 || total > 11) return false;
  const shape = widths.join('-');
  if (shape === '3-3-4' || shape === '1-3-3-4') return true;
  const firstDigit = text[parenthesised && text[start] === '(' ? start + 1 : start];
  return firstDigit === '0' && !parenthesised;
}
