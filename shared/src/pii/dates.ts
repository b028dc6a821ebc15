/**
 * Dates: ISO (`2026-03-12`, with an optional `T10:30:00Z` time), numeric day-month-year or month-day-year
 * (`12/03/2026`, `3.12.2026`), `12 March 2026`, `March 12, 2026` and `2026年3月12日`. The expressions use only
 * bounded quantifiers (no nesting, no unbounded repetition), so each start position costs a bounded amount.
 */
import { type Candidate, SpanType } from './types';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|' +
  'Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const TIME = '(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';

interface DateRule {
  pattern: RegExp;
  /** Year, month and day from the match, or undefined when the numbers cannot be a date. */
  parts: (match: RegExpExecArray) => [number, number, number] | undefined;
}

const RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(`(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])${TIME}`, 'g'),
    parts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    pattern: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g,
    parts: (m) => {
      const first = Number(m[1]);
      const second = Number(m[3]);
      const year = Number(m[4]);
      if (first <= 12 && second <= 31) return [year, first, second];
      return [year, second, first];
    },
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}\\.?,? (\\d{4})(?![\\d])`, 'giu'),
    parts: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ?(\\d{4})(?![\\d])`, 'giu'),
    parts: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function plausible(parts: readonly [number, number, number] | undefined): boolean {
  if (parts === undefined) return false;
  const [year, month, day] = parts;
  return year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Dates in `text` (month 1-12, day 1-31, year 1000-2999). */
export function scanDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (!plausible(rule.parts(match))) continue;
      found.push({ type: SpanType.DateTime, beginOffset: match.index, endOffset: match.index + match[0].length });
    }
  }
  return found;
}
