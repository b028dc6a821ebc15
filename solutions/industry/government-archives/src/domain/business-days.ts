/**
 * Business-day arithmetic over calendar days (UTC day numbers: days since 1970-01-01). Saturdays, Sundays and the
 * days of a holiday list are not business days. Every loop is bounded by {@link MAX_BUSINESS_DAYS}.
 */
import { HolidayListError } from '../errors';

/** A set of holidays as UTC day numbers. */
export type Holidays = ReadonlySet<number>;

/** The most business days one call may move (about 40 years): bounds every loop. */
export const MAX_BUSINESS_DAYS = 10_000;

const DAY_MS = 86_400_000;

/** The UTC day number of an instant. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** `YYYY-MM-DD` of a UTC day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function digitsAt(text: string, start: number, count: number): number | undefined {
  let value = 0;
  for (let index = start; index < start + count; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (!(code >= 0 && code <= 9)) return undefined;
    value = value * 10 + code;
  }
  return value;
}

/** The UTC day number of an ISO date `YYYY-MM-DD` (a real calendar date), or undefined. */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = Date.UTC(year, month - 1, day);
  return isoDate(time / DAY_MS) === text ? time / DAY_MS : undefined;
}

/**
 * Holidays from a comma list of ISO dates (`2026-01-01,2026-12-25`; blanks around entries ignored, empty = none).
 * Throws HolidayListError naming the first bad entry and its position in the list.
 */
export function parseHolidays(list: string): Holidays {
  const days = new Set<number>();
  const entries = list.split(',');
  for (const [index, raw] of entries.entries()) {
    const entry = raw.trim();
    if (entry === '' && entries.length === 1) break;
    const day = parseIsoDate(entry);
    if (day === undefined) {
      throw new HolidayListError(
        `Holiday ${index + 1} of the list is not an ISO date (YYYY-MM-DD): "${entry.slice(0, 40)}"`,
      );
    }
    days.add(day);
  }
  return days;
}

/** Monday to Friday and not a holiday. 1970-01-01 (day 0) was a Thursday. */
export function isBusinessDay(day: number, holidays: Holidays): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_BUSINESS_DAYS) {
    throw new RangeError(`A business-day count must be an integer in [0, ${MAX_BUSINESS_DAYS}], got ${count}`);
  }
}

/** The `count`-th business day after `day` (`day` itself not counted); `day` when `count` is 0. */
export function addBusinessDays(day: number, count: number, holidays: Holidays): number {
  checkCount(count);
  let current = day;
  for (let left = count; left > 0; ) {
    current += 1;
    if (isBusinessDay(current, holidays)) left -= 1;
  }
  return current;
}

/** The `count`-th business day before `day` (`day` itself not counted); `day` when `count` is 0. */
export function subtractBusinessDays(day: number, count: number, holidays: Holidays): number {
  checkCount(count);
  let current = day;
  for (let left = count; left > 0; ) {
    current -= 1;
    if (isBusinessDay(current, holidays)) left -= 1;
  }
  return current;
}

/**
 * Business days from `from` to `to`: those in (from, to] when `to` is later, minus those in (to, from] when it is
 * earlier, 0 on the same day. Spans longer than {@link MAX_BUSINESS_DAYS} calendar days are a RangeError.
 */
export function businessDaysBetween(from: number, to: number, holidays: Holidays): number {
  if (Math.abs(to - from) > MAX_BUSINESS_DAYS) throw new RangeError(`Span of ${to - from} days is too long`);
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (isBusinessDay(day, holidays)) count += 1;
  return count === 0 ? 0 : sign * count;
}
