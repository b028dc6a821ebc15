import fc from 'fast-check';
import { CURRENCY_DIGITS, currencyOf, formatAmount, parseAmount, sumAmounts } from '../../../src/domain/money';
import { AmountFormatError } from '../../../src/errors';

const currency = fc.constantFrom(...Object.keys(CURRENCY_DIGITS));
const minor = fc.integer({ min: -1e13, max: 1e13 });

describe('parseAmount', () => {
  it.each([
    ['1,375.00', 'USD', 137500],
    ['12.5', 'USD', 1250],
    ['$2,160.00', 'USD', 216000],
    ['2,160.00 USD', 'USD', 216000],
    ['(40.00)', 'EUR', -4000],
    ['-0.01', 'GBP', -1],
    ['12,800', 'JPY', 12800],
    ['¥52,140', 'JPY', 52140],
    ['1.234', 'KWD', 1234],
    ['1234567.89', 'USD', 123456789],
  ])('reads %s in %s as %i minor units', (text, code, expected) => {
    expect(parseAmount(text, code)).toBe(expected);
  });

  it.each([
    ['12.345', 'USD', 'more than 2 fraction digits'],
    ['12.50', 'JPY', 'unexpected "."'],
    ['1,23.00', 'USD', 'group of three'],
    ['1234,567', 'USD', 'group of three'],
    ['12a', 'USD', 'unexpected "a" at offset 2'],
    ['', 'USD', 'No amount'],
    ['12.', 'USD', 'No digits after the decimal point'],
    ['10.00', 'XYZ', 'Unknown currency'],
    ['99999999999999999999', 'USD', 'too large'],
  ])('refuses %j in %s (%s)', (text, code, why) => {
    expect(() => parseAmount(text, code)).toThrow(AmountFormatError);
    expect(() => parseAmount(text, code)).toThrow(why);
  });

  it('round-trips every amount through formatAmount in every currency', () => {
    fc.assert(
      fc.property(minor, currency, (value, code) => {
        expect(parseAmount(formatAmount(value, code), code)).toBe(value);
      }),
    );
  });

  it('never throws anything but AmountFormatError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), currency, (text, code) => {
        try {
          expect(Number.isSafeInteger(parseAmount(text, code))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AmountFormatError);
        }
      }),
    );
  });
});

describe('sumAmounts', () => {
  it('adds formatted amounts exactly, without floating-point drift', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 50 }), (values) => {
        const parsed = values.map((value) => parseAmount(formatAmount(value, 'USD'), 'USD'));
        expect(sumAmounts(parsed)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in cents it is 30.
    expect(sumAmounts([parseAmount('0.10', 'USD'), parseAmount('0.20', 'USD')])).toBe(parseAmount('0.30', 'USD'));
  });

  it('refuses a sum beyond the safe integers', () => {
    expect(() => sumAmounts([Number.MAX_SAFE_INTEGER, 1])).toThrow(AmountFormatError);
  });
});

describe('formatAmount and currencyOf', () => {
  it('formats with thousands separators and the currency digits', () => {
    expect(formatAmount(216000, 'USD')).toBe('2,160.00');
    expect(formatAmount(-5, 'EUR')).toBe('-0.05');
    expect(formatAmount(52140, 'JPY')).toBe('52,140');
    expect(() => formatAmount(1.5, 'USD')).toThrow(AmountFormatError);
  });

  it('knows ISO codes and symbols, and nothing else', () => {
    expect(currencyOf(' usd ')).toBe('USD');
    expect(currencyOf('€')).toBe('EUR');
    expect(currencyOf('Dollars')).toBeUndefined();
  });
});
