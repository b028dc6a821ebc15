import fc from 'fast-check';
import { decodeIbmFloat, encodeIbmFloat } from '../../../src/domain/ibm-float';

describe('IBM float', () => {
  it.each([
    [0xc276a000, -118.625],
    [0x42640000, 100],
    [0x41100000, 1],
    [0x40800000, 0.5],
    [0x00000000, 0],
  ])('decodes %s to %s', (bits, value) => {
    // Act / Assess
    expect(decodeIbmFloat(bits)).toBe(value);
    expect(encodeIbmFloat(value)).toBe(bits);
  });

  it('encodes every normalised bit pattern back to itself', () => {
    // Prepare: sign, exponent, a fraction whose top hex digit is not 0
    const normalised = fc
      .tuple(fc.boolean(), fc.integer({ min: 1, max: 126 }), fc.integer({ min: 0x100000, max: 0xffffff }))
      .map(([negative, exponent, fraction]) => ((negative ? 0x80000000 : 0) | (exponent << 24) | fraction) >>> 0);

    // Act / Assess
    fc.assert(
      fc.property(normalised, (bits) => {
        expect(encodeIbmFloat(decodeIbmFloat(bits))).toBe(bits);
      }),
    );
  });

  it('keeps a value within the format precision (2^-20 relative)', () => {
    // Act / Assess
    fc.assert(
      fc.property(
        fc.double({ min: -1e30, max: 1e30, noNaN: true }).filter((value) => Math.abs(value) > 1e-30),
        (value) => {
          const back = decodeIbmFloat(encodeIbmFloat(value));
          expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 2 ** -20);
        },
      ),
    );
  });

  it('refuses a value it cannot hold', () => {
    // Act / Assess
    expect(() => encodeIbmFloat(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => encodeIbmFloat(1e80)).toThrow(RangeError);
    expect(encodeIbmFloat(1e-90)).toBe(0);
  });
});
