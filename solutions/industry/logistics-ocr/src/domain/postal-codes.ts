/**
 * Postal code formats by country, written as masks (`9` a digit, `A` a letter, anything else itself) and matched
 * character by character: no regular expression runs over slip text. Countries not listed keep their code as
 * written, unchecked.
 */

/** Masks per ISO 3166-1 alpha-2 country code. */
export const POSTAL_MASKS: Readonly<Record<string, readonly string[]>> = {
  US: ['99999', '99999-9999'],
  JP: ['999-9999', '9999999'],
  DE: ['99999'],
  FR: ['99999'],
  IT: ['99999'],
  ES: ['99999'],
  CA: ['A9A 9A9', 'A9A9A9'],
  GB: ['A9 9AA', 'A99 9AA', 'AA9 9AA', 'AA99 9AA', 'A9A 9AA', 'AA9A 9AA'],
  NL: ['9999 AA', '9999AA'],
  AU: ['9999'],
  SG: ['999999'],
  CN: ['999999'],
  KR: ['99999'],
};

/** True when `text` (upper case) has the mask's shape. */
export function matchesMask(text: string, mask: string): boolean {
  if (text.length !== mask.length) return false;
  for (let index = 0; index < mask.length; index += 1) {
    const want = mask.charAt(index);
    const code = text.charCodeAt(index);
    if (want === '9' && !(code >= 48 && code <= 57)) return false;
    if (want === 'A' && !(code >= 65 && code <= 90)) return false;
    if (want !== '9' && want !== 'A' && text.charAt(index) !== want) return false;
  }
  return true;
}

/** True when `code` is a valid postal code of `country` (unknown countries: any non-empty code). */
export function validPostalCode(country: string, code: string): boolean {
  const masks = POSTAL_MASKS[country];
  if (masks === undefined) return code.length > 0;
  return masks.some((mask) => matchesMask(code.toUpperCase(), mask));
}

/**
 * The postal code inside `text` (an address without its country): the last run of one or two space-separated
 * words matching one of the country's masks. Undefined when none does.
 */
export function findPostalCode(country: string, text: string): string | undefined {
  const masks = POSTAL_MASKS[country];
  if (masks === undefined) return undefined;
  const words = text
    .toUpperCase()
    .split(/[\s,]+/)
    .filter((word) => word !== '');
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const one = words[index] ?? '';
    const two = index > 0 ? `${words[index - 1]} ${one}` : undefined;
    if (two !== undefined && masks.some((mask) => matchesMask(two, mask))) return two;
    if (masks.some((mask) => matchesMask(one, mask))) return one;
  }
  return undefined;
}
