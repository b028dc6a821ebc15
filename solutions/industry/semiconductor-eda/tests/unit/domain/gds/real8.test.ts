import fc from 'fast-check';
import { decodeReal8, encodeReal8 } from '../../../../src/domain/gds/real8';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('GDSII 8-byte reals (excess-64)', () => {
  it('encodes the values of the format manual', () => {
    expect(hex(encodeReal8(1))).toBe('4110000000000000');
    expect(hex(encodeReal8(-1))).toBe('c110000000000000');
    expect(hex(encodeReal8(0))).toBe('0000000000000000');
    expect(hex(encodeReal8(0.5))).toBe('4080000000000000');
    expect(decodeReal8(Buffer.from('3e4189374bc6a7ef', 'hex'))).toBeCloseTo(0.001, 15);
  });

  it('round-trips every double in range exactly', () => {
    const magnitude = fc.double({ min: 2 ** -255, max: 2 ** 250, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(magnitude, fc.boolean(), (value, negative) => {
        const x = negative ? -value : value;
        expect(decodeReal8(encodeReal8(x))).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes any 8 bytes to a finite number that encodes back to the same number', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const value = decodeReal8(bytes);
        expect(Number.isFinite(value)).toBe(true);
        if (Math.abs(value) >= 16 ** -65) expect(decodeReal8(encodeReal8(value))).toBe(value);
      }),
    );
  });

  it('refuses values it cannot represent', () => {
    expect(() => encodeReal8(Number.NaN)).toThrow(RangeError);
    expect(() => encodeReal8(2 ** 300)).toThrow(RangeError);
  });
});
