import fc from 'fast-check';
import { checkTracking, expectedCheck } from '../../../src/domain/tracking';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(''));
const upper = fc.integer({ min: 65, max: 90 }).map((code) => String.fromCharCode(code));
const alnum = fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), upper);

/** Replaces the digit at `index` by `digit`. */
const withDigit = (text: string, index: number, digit: number) =>
  `${text.slice(0, index)}${digit}${text.slice(index + 1)}`;

const ups = fc
  .array(alnum, { minLength: 15, maxLength: 15 })
  .map((chars) => `1Z${chars.join('')}`)
  .map((body) => `${body}${expectedCheck('UPS', `${body}0`)}`);
const impb = digits(21).map((payload) => `${payload}${expectedCheck('USPS-IMPB', `${payload}0`)}`);
const s10 = fc
  .tuple(upper, upper, digits(8), upper, upper)
  .map(([a, b, serial, c, d]) => `${a}${b}${serial}${expectedCheck('S10', `${a}${b}${serial}0${c}${d}`)}${c}${d}`);
const fedex = digits(11).map((serial) => `${serial}${expectedCheck('FEDEX', `${serial}0`)}`);
const dhl = digits(9).map((serial) => `${serial}${expectedCheck('DHL', `${serial}0`)}`);

describe('tracking check digits', () => {
  it('accepts the published examples and rejects them with a wrong last digit', () => {
    // Assess
    expect(checkTracking('1Z 999 AA1 01 2345 6784')).toMatchObject({ format: 'UPS', carrier: 'UPS', valid: true });
    expect(checkTracking('1Z999AA10123456789')).toMatchObject({
      valid: false,
      reason: 'UPS check digit is 9, expected 4',
    });
    expect(checkTracking('EE123456785US')).toMatchObject({ format: 'S10', carrier: 'USPS', valid: true });
    expect(checkTracking('RR123456785GB')).toMatchObject({ carrier: 'Post GB', valid: true });
    expect(checkTracking('1234567891')).toMatchObject({ format: 'DHL', valid: true });
    expect(checkTracking('hello')).toMatchObject({ format: 'UNKNOWN', valid: false });
  });

  it('passes every generated valid number of each carrier', () => {
    fc.assert(
      fc.property(fc.oneof(ups, impb, s10, fedex, dhl), (number) => {
        expect(checkTracking(number).valid).toBe(true);
      }),
    );
  });

  it('UPS: a changed digit in an odd position always fails; in an even one unless it moves by 5', () => {
    fc.assert(
      fc.property(ups, fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 9 }), (number, index, step) => {
        const char = number.charCodeAt(index);
        fc.pre(char >= 48 && char <= 57);
        const changed = withDigit(number, index, (char - 48 + step) % 10);
        const even = (index - 2) % 2 === 1;
        if (!even || step !== 5) expect(checkTracking(changed).valid).toBe(false);
      }),
    );
  });

  it('USPS IMpb (mod 10, weights 3 and 1): any single-digit change fails', () => {
    fc.assert(
      fc.property(impb, fc.integer({ min: 0, max: 21 }), fc.integer({ min: 1, max: 9 }), (number, index, step) => {
        const changed = withDigit(number, index, (number.charCodeAt(index) - 48 + step) % 10);
        expect(checkTracking(changed).valid).toBe(false);
      }),
    );
  });

  it('S10 (mod 11, weights 8 6 4 2 3 5 9 7): any serial change fails unless it swaps residues 0 and 6 (both give 5)', () => {
    fc.assert(
      fc.property(s10, fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 9 }), (number, index, step) => {
        const changed = withDigit(number, index, (number.charCodeAt(index) - 48 + step) % 10);
        const check = Number(number.charAt(10));
        if (check !== 5) expect(checkTracking(changed).valid).toBe(false);
      }),
    );
  });

  it('FedEx (weights 3 1 7, mod 11): any change fails unless the residue was 0 or 10 (both give 0)', () => {
    fc.assert(
      fc.property(fedex, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (number, index, step) => {
        const changed = withDigit(number, index, (number.charCodeAt(index) - 48 + step) % 10);
        if (number.charAt(11) !== '0') expect(checkTracking(changed).valid).toBe(false);
      }),
    );
  });

  it('DHL (mod 7): any change of the serial fails unless the digit moves by 7', () => {
    fc.assert(
      fc.property(dhl, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 9 }), (number, index, digit) => {
        const old = number.charCodeAt(index) - 48;
        fc.pre(digit !== old);
        const changed = withDigit(number, index, digit);
        if (Math.abs(digit - old) !== 7) expect(checkTracking(changed).valid).toBe(false);
      }),
    );
  });
});
