/**
 * Years of experience from dated roles. A role line starts with its period: `2019-03 - 2022-06 Engineer, Acme`
 * (`YYYY-MM` or `YYYY`, separated by `-`, `–` or `to`, the end may be `present`/`current`/`now`). Overlapping roles
 * (two part-time jobs, a side project) count once: the periods are merged before the months are added up.
 */

/** One dated role, months as `year * 12 + (month - 1)`; `end` is exclusive. */
export interface Role {
  start: number;
  end: number;
  title: string;
}

const isDigits = (text: string) => text.length > 0 && [...text].every((char) => char >= '0' && char <= '9');
const ONGOING = new Set(['present', 'current', 'now', 'today']);

/** A month index from `YYYY-MM` or `YYYY` (January; as the end, December), or undefined. */
export function monthOf(token: string, asEnd: boolean): number | undefined {
  const [year = '', month] = token.split('-');
  if (year.length !== 4 || !isDigits(year)) return undefined;
  if (month === undefined) return Number(year) * 12 + (asEnd ? 11 : 0);
  if (month.length !== 2 || !isDigits(month) || Number(month) < 1 || Number(month) > 12) return undefined;
  return Number(year) * 12 + Number(month) - 1;
}

/** The role a line states, or undefined; `now` is the month index of `present`. */
export function parseRole(line: string, now: number): Role | undefined {
  const tokens = line.trim().split(/\s+/);
  const [first = '', separator = '', last = ''] = tokens;
  if (!['-', '–', 'to'].includes(separator.toLowerCase())) return undefined;
  const start = monthOf(first, false);
  const endMonth = ONGOING.has(last.toLowerCase().replace(/[.,:]$/, '')) ? now : monthOf(last, true);
  if (start === undefined || endMonth === undefined || endMonth < start || start > now) return undefined;
  return { start, end: Math.min(endMonth, now) + 1, title: tokens.slice(3).join(' ').slice(0, 120) };
}

/** Months covered by at least one role (overlaps merged). */
export function coveredMonths(roles: readonly Role[]): number {
  const sorted = [...roles].sort((a, b) => a.start - b.start);
  let total = 0;
  let open: { start: number; end: number } | undefined;
  for (const role of sorted) {
    if (open !== undefined && role.start <= open.end) open.end = Math.max(open.end, role.end);
    else {
      if (open !== undefined) total += open.end - open.start;
      open = { start: role.start, end: role.end };
    }
  }
  return open === undefined ? total : total + open.end - open.start;
}

/** Years of experience, one decimal, from the months the roles cover. */
export function yearsOfExperience(roles: readonly Role[]): number {
  return Math.round((coveredMonths(roles) / 12) * 10) / 10;
}
