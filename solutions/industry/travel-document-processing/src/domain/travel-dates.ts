/** Travel dates as confirmations print them: `2026-03-12` or `12 March 2026` / `12 Mar 2026`, to ISO `YYYY-MM-DD`. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const isDigits = (text: string) => text.length > 0 && [...text].every((char) => char >= '0' && char <= '9');

/** `YYYY-MM-DD` when the date exists in the calendar, else undefined. */
function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The ISO date a token (or three tokens `12 March 2026`) names, or undefined. */
export function parseTravelDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 10 && trimmed[4] === '-' && trimmed[7] === '-') {
    const [year, month, day] = [trimmed.slice(0, 4), trimmed.slice(5, 7), trimmed.slice(8, 10)];
    if (!isDigits(year) || !isDigits(month) || !isDigits(day)) return undefined;
    return isoOf(Number(year), Number(month), Number(day));
  }
  const parts = trimmed.split(/\s+/);
  if (parts.length !== 3) return undefined;
  const [day = '', monthName = '', year = ''] = parts;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || !isDigits(day) || day.length > 2 || !isDigits(year) || year.length !== 4) return undefined;
  return isoOf(Number(year), month, Number(day));
}

/** The first date in `value`: an ISO token, or three tokens `12 March 2026`. */
export function firstTravelDate(value: string): string | undefined {
  const tokens = value.split(/\s+/).filter((token) => token !== '');
  for (let index = 0; index < tokens.length; index += 1) {
    const iso = parseTravelDate(tokens[index] ?? '');
    if (iso !== undefined) return iso;
    const long = parseTravelDate(tokens.slice(index, index + 3).join(' '));
    if (long !== undefined) return long;
  }
  return undefined;
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
