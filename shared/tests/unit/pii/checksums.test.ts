import fc from 'fast-check';
import {
  ibanCheckDigits,
  ibanValid,
  luhnCheckDigit,
  luhnValid,
  myNumberCheckDigit,
  myNumberValid,
  ssnValid,
} from '../../../src/pii';

describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['378282246310005', true],
    ['', false],
  ])('Luhn of %s is %s', (digits, expected) => {
    // Prepare, Act, Assess
    expect(luhnValid(digits)).toBe(expected);
  });

  it('appends the Luhn check digit that makes any payload valid, and only that one', () =>
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,18}$/), (payload) => {
        // Act
        const check = luhnCheckDigit(payload);

        // Assess
        expect(luhnValid(payload + check)).toBe(true);
        expect(luhnValid(payload + String((Number(check) + 1) % 10))).toBe(false);
      }),
    ));

  it.each([
    ['DE89370400440532013000', true],
    ['GB82WEST12345698765432', true],
    ['GB82WEST12345698765433', false],
    ['DE8937040044', false],
    ['de89370400440532013000', false],
  ])('IBAN %s is valid: %s', (iban, expected) => {
    // Prepare, Act, Assess
    expect(ibanValid(iban)).toBe(expected);
  });

  it('computes the IBAN check digits of a known account', () => {
    // Prepare, Act, Assess
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
  });

  it.each([
    ['123456789018', true],
    ['123456789012', false],
    ['12345678901', false],
  ])('My Number %s is valid: %s', (digits, expected) => {
    // Prepare, Act, Assess
    expect(myNumberValid(digits)).toBe(expected);
  });

  it('gives a check digit from 0 to 9 for any eleven digits', () =>
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        // Act
        const check = myNumberCheckDigit(first11);

        // Assess
        expect(check).toBeGreaterThanOrEqual(0);
        expect(check).toBeLessThanOrEqual(9);
        expect(myNumberValid(`${first11}${check}`)).toBe(true);
      }),
    ));

  it.each([
    ['123', '45', '6789', true],
    ['000', '45', '6789', false],
    ['666', '45', '6789', false],
    ['900', '45', '6789', false],
    ['123', '00', '6789', false],
    ['123', '45', '0000', false],
  ])('SSN %s-%s-%s is valid: %s', (area, group, serial, expected) => {
    // Prepare, Act, Assess
    expect(ssnValid(area, group, serial)).toBe(expected);
  });
});
