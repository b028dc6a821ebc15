/**
 * Addresses of a slip (`Ship From:`, `Ship To:`): comma-separated parts ending in an ISO country code, with the
 * postal code found and checked by the country's format, and a destination region for grouping.
 */
import { findPostalCode } from './postal-codes';

/** One parsed address. */
export interface Address {
  /** The address as read (trimmed, at most 300 characters). */
  text: string;
  /** ISO 3166-1 alpha-2, or `??` when the last part is not two letters. */
  country: string;
  /** The postal code in the country's format; null when none is found. */
  postalCode: string | null;
  /** Grouping key: `<country>-<first digit of the postal code>` for US and JP (their postal areas), else country. */
  region: string;
}

const MAX_ADDRESS_CHARS = 300;
const REGION_BY_FIRST_DIGIT = new Set(['US', 'JP']);

const isUpperPair = (text: string) => text.length === 2 && [...text].every((char) => char >= 'A' && char <= 'Z');

/** Parses an address line; never throws (what is missing is null or `??`, for review). */
export function parseAddress(raw: string): Address {
  const text = raw.trim().slice(0, MAX_ADDRESS_CHARS);
  const parts = text.split(',').map((part) => part.trim());
  const last = (parts[parts.length - 1] ?? '').toUpperCase();
  const country = isUpperPair(last) ? last : '??';
  const rest = country === '??' ? text : parts.slice(0, -1).join(', ');
  const postalCode = country === '??' ? null : (findPostalCode(country, rest) ?? null);
  const first = postalCode?.charAt(0);
  const region =
    REGION_BY_FIRST_DIGIT.has(country) && first !== undefined && first >= '0' && first <= '9'
      ? `${country}-${first}`
      : country;
  return { text, country, postalCode, region };
}
