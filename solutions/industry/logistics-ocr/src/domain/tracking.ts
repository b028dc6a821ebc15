/**
 * Tracking numbers: which carrier format a number has (from its shape, never from the slip's claim) and whether
 * its check digit holds. A number that fails is kept, flagged and sent to review.
 */
import {
  allDigits,
  alphanumeric,
  dhlCheckDigit,
  fedexCheckDigit,
  mod10Weight3CheckDigit,
  s10CheckDigit,
  upsCheckDigit,
} from './check-digits';

/** Tracking-number formats this pattern validates. */
export type TrackingFormat = 'UPS' | 'USPS-IMPB' | 'S10' | 'FEDEX' | 'DHL';

/** The carrier each format belongs to (S10 numbers: the postal operator of their country suffix, USPS for US). */
export const CARRIER_OF: Record<TrackingFormat, string> = {
  UPS: 'UPS',
  'USPS-IMPB': 'USPS',
  S10: 'POST',
  FEDEX: 'FedEx',
  DHL: 'DHL',
};

/** What a tracking number says about itself. */
export interface TrackingCheck {
  /** The number without spaces or dashes, upper case. */
  number: string;
  format: TrackingFormat | 'UNKNOWN';
  carrier: string;
  valid: boolean;
  /** Why it is not valid (unknown format, check digit), empty when valid. */
  reason: string;
}

const MAX_TRACKING_CHARS = 40;

/** Removes spaces and dashes and upper-cases; anything longer than 40 characters is cut (and will not match). */
export function normaliseTracking(text: string): string {
  let out = '';
  for (const char of text.slice(0, 4 * MAX_TRACKING_CHARS)) if (char !== ' ' && char !== '-') out += char;
  return out.toUpperCase().slice(0, MAX_TRACKING_CHARS + 1);
}

const lettersAt = (text: string, start: number, end: number) => {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 65 || code > 90) return false;
  }
  return true;
};

/** The format a number's shape matches, or undefined. */
export function trackingFormatOf(number: string): TrackingFormat | undefined {
  if (number.length === 18 && number.startsWith('1Z') && alphanumeric(number)) return 'UPS';
  if (number.length === 13 && lettersAt(number, 0, 2) && allDigits(number.slice(2, 11)) && lettersAt(number, 11, 13))
    return 'S10';
  if ((number.length === 20 || number.length === 22) && allDigits(number)) return 'USPS-IMPB';
  if (number.length === 12 && allDigits(number)) return 'FEDEX';
  if (number.length === 10 && allDigits(number)) return 'DHL';
  return undefined;
}

/** The check character a number of `format` must end with (S10: the ninth digit of the serial part). */
export function expectedCheck(format: TrackingFormat, number: string): string {
  switch (format) {
    case 'UPS':
      return String(upsCheckDigit(number.slice(2, 17)));
    case 'USPS-IMPB':
      return String(mod10Weight3CheckDigit(number.slice(0, -1)));
    case 'S10':
      return String(s10CheckDigit(number.slice(2, 10)));
    case 'FEDEX':
      return String(fedexCheckDigit(number.slice(0, 11)));
    case 'DHL':
      return String(dhlCheckDigit(number.slice(0, 9)));
  }
}

const checkCharOf = (format: TrackingFormat, number: string) =>
  format === 'S10' ? number.charAt(10) : number.charAt(number.length - 1);

/** Detects the format of `text` and checks its digit. */
export function checkTracking(text: string): TrackingCheck {
  const number = normaliseTracking(text);
  const format = trackingFormatOf(number);
  if (format === undefined) {
    return { number, format: 'UNKNOWN', carrier: 'UNKNOWN', valid: false, reason: 'no known tracking number format' };
  }
  const expected = expectedCheck(format, number);
  const actual = checkCharOf(format, number);
  const valid = expected === actual;
  const country = number.slice(11);
  const carrier = format !== 'S10' ? CARRIER_OF[format] : country === 'US' ? 'USPS' : `Post ${country}`;
  return {
    number,
    format,
    carrier,
    valid,
    reason: valid ? '' : `${format} check digit is ${actual}, expected ${expected}`,
  };
}
