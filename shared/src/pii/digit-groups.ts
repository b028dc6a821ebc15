/**
 * Numbers written as digit groups (`4111 1111 1111 1111`, `123-45-6789`, `1234 5678 9012`): one linear pass reads
 * runs of digits joined by single spaces or dashes, then windows of consecutive groups are checked as card numbers
 * (Luhn), My Numbers (check digit) and SSNs (area, group and serial rules).
 */
import { digitsEnd, isDigitAt, isWordAt, nextIndex } from './chars';

const DIGIT = /[0-9]/g;

import { luhnValid, myNumberValid, ssnValid } from './checksums';
import { type Candidate, SpanType } from './types';

interface Group {
  begin: number;
  end: number;
  /** The separator before this group (`''` for the first). */
  separator: string;
}

/** Card numbers, SSNs and My Numbers in `text`. */
export function scanDigitGroups(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = nextIndex(text, DIGIT, 0); index < text.length; index = nextIndex(text, DIGIT, index)) {
    if (isWordAt(text, index - 1)) {
      index = digitsEnd(text, index);
      continue;
    }
    const groups = readGroups(text, index);
    const last = groups[groups.length - 1] as Group;
    if (!isWordAt(text, last.end)) analyse(text, groups, found);
    index = last.end;
  }
  return found;
}

function readGroups(text: string, start: number): Group[] {
  const groups: Group[] = [];
  let begin = start;
  let separator = '';
  for (;;) {
    const end = digitsEnd(text, begin);
    groups.push({ begin, end, separator });
    const next = text[end];
    if ((next !== ' ' && next !== '-') || !isDigitAt(text, end + 1)) return groups;
    separator = next;
    begin = end + 1;
  }
}

function analyse(text: string, groups: readonly Group[], found: Candidate[]): void {
  let first = 0;
  while (first < groups.length) {
    const match = cardAt(text, groups, first) ?? myNumberAt(text, groups, first) ?? ssnAt(text, groups, first);
    if (match === undefined) {
      first += 1;
      continue;
    }
    found.push(match.candidate);
    first = match.next;
  }
}

interface Match {
  candidate: Candidate;
  next: number;
}

const width = (group: Group): number => group.end - group.begin;

function digitsOf(text: string, groups: readonly Group[], first: number, last: number): string {
  let digits = '';
  for (let index = first; index <= last; index += 1) {
    const group = groups[index] as Group;
    digits += text.slice(group.begin, group.end);
  }
  return digits;
}

function candidate(type: Candidate['type'], groups: readonly Group[], first: number, last: number): Match {
  const begin = (groups[first] as Group).begin;
  const end = (groups[last] as Group).end;
  return { candidate: { type, beginOffset: begin, endOffset: end }, next: last + 1 };
}

/** The longest window from `first` of 13-19 digits in groups of 3+ (the first 4+), one separator, Luhn-valid. */
function cardAt(text: string, groups: readonly Group[], first: number): Match | undefined {
  const start = groups[first] as Group;
  if (width(start) < 4) return undefined;
  let total = 0;
  let last = first;
  const windows: number[] = [];
  for (; last < groups.length; last += 1) {
    const group = groups[last] as Group;
    if (last > first && (width(group) < 3 || (last > first + 1 && group.separator !== groups[first + 1]?.separator)))
      break;
    total += width(group);
    if (total > 19) break;
    if (total >= 13) windows.push(last);
  }
  for (let index = windows.length - 1; index >= 0; index -= 1) {
    const end = windows[index] as number;
    const digits = digitsOf(text, groups, first, end);
    if (luhnValid(digits) && !/^0+$/.test(digits)) return candidate(SpanType.CreditDebitNumber, groups, first, end);
  }
  return undefined;
}

/** Separators just outside a window differ from the window's own, so a window is not cut out of a longer number. */
function standsAlone(groups: readonly Group[], first: number, last: number, separator: string): boolean {
  const before = groups[first]?.separator ?? '';
  const after = groups[last + 1]?.separator ?? '';
  return (first === 0 || before !== separator) && (last === groups.length - 1 || after !== separator);
}

function myNumberAt(text: string, groups: readonly Group[], first: number): Match | undefined {
  const group = groups[first] as Group;
  if (width(group) === 12) {
    return myNumberValid(digitsOf(text, groups, first, first))
      ? candidate(SpanType.JpMyNumber, groups, first, first)
      : undefined;
  }
  return fixedWindow(text, groups, first, [4, 4, 4], SpanType.JpMyNumber, (digits) => myNumberValid(digits));
}

function ssnAt(text: string, groups: readonly Group[], first: number): Match | undefined {
  return fixedWindow(text, groups, first, [3, 2, 4], SpanType.Ssn, (digits) =>
    ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)),
  );
}

function fixedWindow(
  text: string,
  groups: readonly Group[],
  first: number,
  widths: readonly number[],
  type: Candidate['type'],
  valid: (digits: string) => boolean,
): Match | undefined {
  const last = first + widths.length - 1;
  if (last >= groups.length) return undefined;
  const separator = (groups[first + 1] as Group).separator;
  for (let index = 0; index < widths.length; index += 1) {
    const group = groups[first + index] as Group;
    if (width(group) !== widths[index] || (index > 0 && group.separator !== separator)) return undefined;
  }
  if (!standsAlone(groups, first, last, separator)) return undefined;
  return valid(digitsOf(text, groups, first, last)) ? candidate(type, groups, first, last) : undefined;
}
