/**
 * Calendar dates of invoices and contracts, and payment terms. Accepted forms (documented in the README): year first
 * (`2024-03-05`, `2024/03/05`, `2024.03.05`), month name first (`March 5, 2024`, `Mar 5 2024`) and day first with a
 * month name (`5 March 2024`). All-numeric day-first or month-first forms (`05/03/2024`) are ambiguous and refused.
 */
import { DateFormatError } from '../errors';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

/** Splits at spaces, commas, `-`, `/` and `.` (one pass, no regular expression). */
function tokens(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of text.trim()) {
    if (ch === ' ' || ch === ',' || ch === '-' || ch === '/' || ch === '.') {
      if (current !== '') parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function isDigits(part: string): boolean {
  if (part === '') return false;
  for (const ch of part) if (ch < '0' || ch > '9') return false;
  return true;
}

function monthOf(part: string): number | undefined {
  const lower = part.toLowerCase();
  const index = lower.length >= 3 ? MONTHS.indexOf(lower.slice(0, 3)) : -1;
  return index < 0 ? undefined : index + 1;
}

function iso(year: number, month: number, day: number, text: string): string {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (year < 1900 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    throw new DateFormatError(`Not a calendar date: ${JSON.stringify(text)}`);
  return date.toISOString().slice(0, 10);
}

/** `text` as an ISO day (`YYYY-MM-DD`), or a DateFormatError naming the text. */
export function parseDate(text: string): string {
  const parts = tokens(text);
  if (parts.length !== 3) throw new DateFormatError(`Not a date of three parts: ${JSON.stringify(text)}`);
  const [a, b, c] = parts as [string, string, string];
  if (isDigits(a) && a.length === 4 && isDigits(b) && isDigits(c)) return iso(+a, +b, +c, text);
  const first = monthOf(a);
  if (first !== undefined && isDigits(b) && isDigits(c) && c.length === 4) return iso(+c, first, +b, text);
  const second = monthOf(b);
  if (second !== undefined && isDigits(a) && isDigits(c) && c.length === 4) return iso(+c, second, +a, text);
  throw new DateFormatError(`Not a documented date form: ${JSON.stringify(text)}`);
}

/** Days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO day `days` after `from`. */
export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days the payment terms give: `Net 30` / `Net 30 days` / `30 days net` -> 30, `Due on receipt` / `Cash` -> 0;
 * undefined for terms it does not know (early-payment discounts such as `2/10 Net 30` read as their net days).
 */
export function paymentTermsDays(terms: string): number | undefined {
  const words = tokens(terms.toLowerCase());
  if (words.includes('receipt') || (words.length === 1 && words[0] === 'cash')) return 0;
  const net = words.indexOf('net');
  if (net < 0) return undefined;
  const after = words[net + 1];
  if (after !== undefined && isDigits(after)) return +after;
  const before = words[net - 1];
  return before === 'days' && net >= 2 && isDigits(words[net - 2] ?? '') ? +(words[net - 2] as string) : undefined;
}
