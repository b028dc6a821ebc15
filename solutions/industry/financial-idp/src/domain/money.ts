/**
 * Money as integer minor units (cents, yen, fils): amounts are parsed digit by digit, never through floating point,
 * so sums and comparisons have no drift. The currency decides how many fraction digits an amount may have.
 */
import { AmountFormatError } from '../errors';

/** ISO 4217 minor-unit digits of the currencies this pattern reads; others are refused, never guessed. */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  AUD: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  INR: 2,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  SGD: 2,
  USD: 2,
};

/** Currency symbols an amount or a Currency field may carry, and the currency each stands for. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** The currency named by `text` (an ISO code or a symbol, case-insensitive), or undefined. */
export function currencyOf(text: string): string | undefined {
  const trimmed = text.trim();
  const code = trimmed.toUpperCase();
  if (CURRENCY_DIGITS[code] !== undefined) return code;
  return CURRENCY_SYMBOLS[trimmed];
}

function digitsOf(currency: string): number {
  const digits = CURRENCY_DIGITS[currency];
  if (digits === undefined) throw new AmountFormatError(`Unknown currency ${JSON.stringify(currency)}`);
  return digits;
}

/** Strips a leading or trailing currency code or symbol of `currency` (and the spaces around it). */
function withoutCurrency(text: string, currency: string): string {
  let body = text.trim();
  for (const mark of [currency, ...Object.keys(CURRENCY_SYMBOLS).filter((s) => CURRENCY_SYMBOLS[s] === currency)]) {
    if (body.toUpperCase().startsWith(mark)) body = body.slice(mark.length).trim();
    if (body.toUpperCase().endsWith(mark)) body = body.slice(0, body.length - mark.length).trim();
  }
  return body;
}

/**
 * `text` in minor units of `currency`: digits with optional `,` thousands separators (groups of three), a `.`
 * decimal point with at most the currency's fraction digits, a leading `-` or surrounding parentheses for a negative
 * amount, and optionally the currency's code or symbol. One pass over the characters; anything else is an
 * AmountFormatError naming the character's offset.
 * @example parseAmount('1,375.00', 'USD') === 137500; parseAmount('12,800', 'JPY') === 12800
 */
export function parseAmount(text: string, currency: string): number {
  const digits = digitsOf(currency);
  let body = withoutCurrency(text, currency);
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) [negative, body] = [true, body.slice(1, -1).trim()];
  else if (body.startsWith('-')) [negative, body] = [true, body.slice(1).trim()];
  if (body === '') throw new AmountFormatError(`No amount in ${JSON.stringify(text)}`);
  let units = 0;
  let whole = 0; // digits before the decimal point
  let group = -1; // digits since the last separator; -1 before the first
  let fraction = -1; // digits after the decimal point; -1 before it
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    const fail = (why: string) => new AmountFormatError(`${why} at offset ${i} of ${JSON.stringify(body)}`);
    if (ch >= 48 && ch <= 57) {
      if (fraction >= 0 && ++fraction > digits) throw fail(`more than ${digits} fraction digits for ${currency}`);
      if (fraction < 0) {
        whole += 1;
        if (group >= 0) group += 1;
      }
      units = units * 10 + (ch - 48);
      if (!Number.isSafeInteger(units)) throw fail('amount too large');
    } else if (ch === 44 && fraction < 0 && whole > 0) {
      if (group < 0 ? whole > 3 : group !== 3) throw fail('thousands separator not after a group of three');
      group = 0;
    } else if (ch === 46 && fraction < 0 && whole > 0 && digits > 0) {
      if (group >= 0 && group !== 3) throw fail('thousands separator not before a group of three');
      fraction = 0;
    } else throw fail(`unexpected ${JSON.stringify(body[i])}`);
  }
  if (group >= 0 && fraction < 0 && group !== 3) throw new AmountFormatError(`Bad digit grouping in ${text}`);
  if (fraction === 0) throw new AmountFormatError(`No digits after the decimal point in ${JSON.stringify(text)}`);
  const scaled = units * 10 ** (digits - Math.max(fraction, 0));
  if (!Number.isSafeInteger(scaled)) throw new AmountFormatError(`Amount too large: ${text}`);
  return negative ? -scaled : scaled;
}

/** `minor` units of `currency` as text with thousands separators: `formatAmount(137500, 'USD') === '1,375.00'`. */
export function formatAmount(minor: number, currency: string): string {
  const digits = digitsOf(currency);
  if (!Number.isSafeInteger(minor)) throw new AmountFormatError(`Not an integer amount of minor units: ${minor}`);
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  const text = digits === 0 ? grouped : `${grouped}.${magnitude.slice(magnitude.length - digits)}`;
  return minor < 0 ? `-${text}` : text;
}

/** The sum of integer minor-unit amounts (a RangeError-free check that it stays a safe integer). */
export function sumAmounts(amounts: readonly number[]): number {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (!Number.isSafeInteger(total)) throw new AmountFormatError(`Sum out of range: ${total}`);
  return total;
}
