/**
 * Check digits of carrier tracking numbers, as the carriers and the UPU publish them. Each function takes the
 * number's characters without spaces (upper case) and answers the expected check character; `validTracking` says
 * whether the number's own check character is that one. Every rule is linear in the number's length.
 */

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => code >= 65 && code <= 90;
const digitsOf = (text: string) => [...text].map((char) => char.charCodeAt(0) - 48);

/** True when every character is 0-9 (and there is at least one). */
export function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/** True when every character is 0-9 or A-Z. */
export function alphanumeric(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isDigit(code) && !isLetter(code)) return false;
  }
  return text.length > 0;
}

/**
 * UPS 1Z: the 15 characters after `1Z` (shipper, service, package), letters converted to digits by
 * `(code - 63) mod 10` (A=2 ... H=9, I=0, J=1 ... S=0 ... Z=7); odd positions count once, even positions twice;
 * the check digit brings the sum to a multiple of 10.
 */
export function upsCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    const value = isDigit(code) ? code - 48 : (code - 63) % 10;
    sum += index % 2 === 0 ? value : 2 * value;
  }
  return (10 - (sum % 10)) % 10;
}

/** GS1 mod 10 (USPS IMpb): weights 3, 1, 3, ... from the rightmost payload digit; the check completes to 10. */
export function mod10Weight3CheckDigit(payload: string): number {
  const digits = digitsOf(payload);
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const fromRight = digits.length - 1 - index;
    sum += (digits[index] ?? 0) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** UPU S10 weights of the eight serial digits. */
export const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10: weighted sum of the 8 serial digits, `11 - sum mod 11`, with 10 read as 0 and 11 as 5. */
export function s10CheckDigit(serial: string): number {
  const sum = digitsOf(serial).reduce((total, digit, index) => total + digit * (S10_WEIGHTS[index] ?? 0), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  return check === 11 ? 5 : check;
}

/** FedEx Express 12-digit: weights 3, 1, 7 repeated over the first 11 digits, sum mod 11, with 10 read as 0. */
export function fedexCheckDigit(serial: string): number {
  const weights = [3, 1, 7];
  const sum = digitsOf(serial).reduce((total, digit, index) => total + digit * (weights[index % 3] ?? 0), 0);
  return (sum % 11) % 10;
}

/** DHL Express 10-digit: the first nine digits, read as one number, mod 7 (computed digit by digit). */
export function dhlCheckDigit(serial: string): number {
  return digitsOf(serial).reduce((remainder, digit) => (remainder * 10 + digit) % 7, 0);
}
