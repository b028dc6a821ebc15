/**
 * Currency amounts (`$1,250.50`, `EUR 3.000,00`, `3,000円`, `25 USD`, `¥12,000`) and quantities with a unit
 * (`12 kg`, `15%`). Numbers are read by hand (digits, thousands groups of exactly three, one decimal part), then
 * the characters just before and after are checked for a currency or a unit.
 */
import { digitsEnd, isDigitAt, isLetterAt, isWordAt, nextIndex } from './chars';

const DIGIT = /[0-9]/g;

import { type Candidate, SpanType } from './types';

const SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₩', '￥']);
const CODES = new Set(
  'USD EUR JPY GBP CHF CAD AUD CNY HKD SGD KRW INR NZD SEK NOK DKK MXN BRL ZAR THB TWD PHP IDR MYR'.split(' '),
);
const CURRENCY_WORDS = new Set(['円', 'yen', 'dollars', 'dollar', 'euros', 'euro', 'pounds', ...CODES]);
const UNITS = new Set(
  '% kg g km m cm mm mi lb lbs t l ml MB GB TB KB units pcs items pieces pallets boxes cartons days hours'.split(' '),
);
const MAX_INTEGER_DIGITS = 15;

/** Currency amounts and quantities in `text`. */
export function scanAmounts(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = nextIndex(text, DIGIT, 0); index < text.length; index = nextIndex(text, DIGIT, index)) {
    if (isWordAt(text, index - 1) || insideNumber(text, index)) {
      index = digitsEnd(text, index);
      continue;
    }
    const end = numberEnd(text, index);
    const amount = currencyAround(text, index, end);
    if (amount !== undefined) found.push(amount);
    else {
      const unitEnd = wordAfter(text, end, UNITS);
      if (unitEnd !== undefined) found.push({ type: SpanType.Quantity, beginOffset: index, endOffset: unitEnd });
    }
    index = Math.max(end, index + 1);
  }
  return found;
}

/** True after `1.` or `1,`: the digits at `index` continue a number rather than start one. */
function insideNumber(text: string, index: number): boolean {
  const before = text[index - 1];
  return (before === '.' || before === ',') && isDigitAt(text, index - 2);
}

/** End of the number at `start`: `1234`, `1,234,567.89` or `1.234,56`. */
function numberEnd(text: string, start: number): number {
  let end = digitsEnd(text, start);
  if (end - start > MAX_INTEGER_DIGITS) return end;
  let thousands: string | undefined;
  if (end - start <= 3) {
    for (;;) {
      const separator = text[end];
      if ((separator !== ',' && separator !== '.') || (thousands !== undefined && separator !== thousands)) break;
      if (digitsEnd(text, end + 1) !== end + 4) break;
      thousands = separator;
      end += 4;
    }
  }
  const decimal = text[end];
  if ((decimal === '.' || decimal === ',') && decimal !== thousands) {
    const decimalEnd = digitsEnd(text, end + 1);
    if (decimalEnd - end - 1 >= 1 && decimalEnd - end - 1 <= (thousands === undefined ? 2 : 4)) end = decimalEnd;
  }
  return end;
}

function currencyAround(text: string, begin: number, end: number): Candidate | undefined {
  const gap = text[begin - 1] === ' ' ? 1 : 0;
  const symbol = text[begin - 1 - gap];
  if (symbol !== undefined && SYMBOLS.has(symbol)) {
    const symbolBegin = text.slice(begin - 3 - gap, begin - 1 - gap) === 'US' ? begin - 3 - gap : begin - 1 - gap;
    return { type: SpanType.Amount, beginOffset: symbolBegin, endOffset: end };
  }
  const code = text.slice(begin - 3 - gap, begin - gap);
  if (CODES.has(code) && !isLetterAt(text, begin - 4 - gap)) {
    return { type: SpanType.Amount, beginOffset: begin - 3 - gap, endOffset: end };
  }
  const after = text[end] === ' ' ? end + 1 : end;
  if (SYMBOLS.has(text[after] ?? '')) return { type: SpanType.Amount, beginOffset: begin, endOffset: after + 1 };
  const wordEnd = wordAfter(text, end, CURRENCY_WORDS);
  return wordEnd === undefined ? undefined : { type: SpanType.Amount, beginOffset: begin, endOffset: wordEnd };
}

/** End of the word of `words` that follows `end` (after at most one space), when it ends at a word boundary. */
function wordAfter(text: string, end: number, words: ReadonlySet<string>): number | undefined {
  const start = text[end] === ' ' ? end + 1 : end;
  if (text[start] === '%' || text[start] === '円') return words.has(text[start] as string) ? start + 1 : undefined;
  let wordEnd = start;
  while (wordEnd - start < 8 && isLetterAt(text, wordEnd)) wordEnd += 1;
  if (wordEnd === start || isWordAt(text, wordEnd)) return undefined;
  return words.has(text.slice(start, wordEnd)) ? wordEnd : undefined;
}
