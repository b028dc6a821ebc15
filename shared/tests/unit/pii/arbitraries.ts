/** fast-check arbitraries of valid identifiers and of filler text that cannot join them. */
import fc from 'fast-check';
import { ibanCheckDigits, luhnCheckDigit, myNumberCheckDigit } from '../../../src/pii';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((list) => list.join(''));

/** Groups of `sizes` joined by `separator`. */
export function grouped(value: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  let offset = 0;
  for (const size of sizes) {
    parts.push(value.slice(offset, offset + size));
    offset += size;
  }
  return parts.join(separator);
}

/** Card digits (13-19, first digit 2-6, Luhn-valid) and a printed form: contiguous, or grouped as cards are. */
export const validCard = fc
  .tuple(fc.integer({ min: 2, max: 6 }), digits(11, 17), fc.constantFrom('', ' ', '-'))
  .map(([first, middle, separator]) => {
    const payload = `${first}${middle}`;
    const number = `${payload}${luhnCheckDigit(payload)}`;
    if (separator === '' || ![15, 16, 19].includes(number.length)) return { number, printed: number };
    const sizes = number.length === 15 ? [4, 6, 5] : number.length === 16 ? [4, 4, 4, 4] : [4, 4, 4, 4, 3];
    return { number, printed: grouped(number, sizes, separator) };
  });

/** An IBAN (random country letters and BBAN, correct check digits), compact or in groups of four. */
export const validIban = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 11, maxLength: 30 }),
    fc.boolean(),
  )
  .map(([country, bban, spaced]) => {
    const compact = `${country}${ibanCheckDigits(country, bban)}${bban}`;
    return { compact, printed: spaced ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact };
  });

/** A My Number (11 random digits and the check digit), contiguous or as 4-4-4. */
export const validMyNumber = fc.tuple(digits(11, 11), fc.constantFrom('', ' ', '-')).map(([first11, separator]) => {
  const number = `${first11}${myNumberCheckDigit(first11)}`;
  return { number, printed: separator === '' ? number : grouped(number, [4, 4, 4], separator) };
});

/** Text without digits, capitals, `@`, `:`, `+` or currency signs: nothing in it can be recognised or join a number. */
export const filler = fc.string({
  unit: fc.constantFrom(...'abcdefghij klmnop qrstuvwxyz.,;!?()\né日'),
  maxLength: 40,
});

/** Anything at all, to check invariants (offsets, order) on arbitrary input. */
export const anyText = fc.string({
  unit: fc.constantFrom(...'0123456789 -+()./,:@$€¥円abcXYZ\nDearName Inc 年月日'.split('')),
  maxLength: 200,
});
