/**
 * Amounts and quantities read from estimate text as integers: money in minor units (two decimal digits: cents),
 * quantities in thousandths. One pass over the token, no regular expression; anything else is undefined.
 */

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD']);

/** Digits with optional thousands commas and a decimal point with at most `maxDecimals` digits, scaled. */
function scaledDecimal(text: string, maxDecimals: number): number | undefined {
  let whole = 0;
  let fraction = 0;
  let decimals = -1;
  let digits = 0;
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      if (decimals >= 0) {
        decimals += 1;
        if (decimals > maxDecimals) return undefined;
        fraction = fraction * 10 + Number(char);
      } else whole = whole * 10 + Number(char);
      digits += 1;
    } else if (char === ',' && decimals < 0 && digits > 0) {
      // thousands separator
    } else if (char === '.' && decimals < 0) decimals = 0;
    else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const places = Math.max(decimals, 0);
  return whole * 10 ** maxDecimals + fraction * 10 ** (maxDecimals - places);
}

/** `$1,234.50`, `1234.5`, `(12.00)`, `-3`, `EUR 10` as minor units (123450, 123450, -1200, -300, 1000). */
export function parseMoney(token: string): number | undefined {
  let text = token.trim();
  for (const code of CURRENCY_CODES) {
    if (text.toUpperCase().startsWith(code)) text = text.slice(code.length).trim();
    else if (text.toUpperCase().endsWith(code)) text = text.slice(0, -code.length).trim();
  }
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  }
  if (CURRENCY_SIGNS.has(text.charAt(0))) text = text.slice(1);
  const value = scaledDecimal(text, 2);
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

/** `2`, `2.5`, `0.125` as thousandths (2000, 2500, 125); negative or more than three decimals is undefined. */
export function parseQuantity(token: string): number | undefined {
  return scaledDecimal(token.trim(), 3);
}

/** Minor units as text: 123450 -> `1234.50`. */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
