import fc from 'fast-check';
import { decodeEbcdic, encodeEbcdic, isPrintableEbcdic } from '../../../src/domain/ebcdic';

describe('EBCDIC cp037', () => {
  it('decodes the letters, digits and punctuation of a card image', () => {
    // Prepare: "C 1 A9.a$" in cp037
    const bytes = Uint8Array.from([0xc3, 0x40, 0xf1, 0x40, 0xc1, 0xf9, 0x4b, 0x81, 0x5b]);

    // Act / Assess
    expect(decodeEbcdic(bytes)).toBe('C 1 A9.a$');
  });

  it('maps the 256 bytes to 256 different characters', () => {
    // Act
    const decoded = decodeEbcdic(Uint8Array.from({ length: 256 }, (_, byte) => byte));

    // Assess
    expect(new Set(decoded).size).toBe(256);
  });

  it('encodes a character outside Latin-1 as a question mark', () => {
    // Act / Assess
    expect(decodeEbcdic(encodeEbcdic('a\u20acb'))).toBe('a?b');
  });

  it('round-trips every Latin-1 text', () => {
    // Prepare
    const latin1 = fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code));

    // Act / Assess
    fc.assert(
      fc.property(fc.string({ unit: latin1 }), (text) => {
        expect(decodeEbcdic(encodeEbcdic(text))).toBe(text);
      }),
    );
  });

  it('round-trips every byte string', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeEbcdic(decodeEbcdic(bytes))).toEqual(bytes);
      }),
    );
  });

  it('tells printable bytes: EBCDIC space and letters are, ASCII letters are not', () => {
    // Act / Assess
    expect([0x40, 0xc1, 0xf0].map(isPrintableEbcdic)).toEqual([true, true, true]);
    expect([0x00, 0x20, 0x41].map(isPrintableEbcdic)).toEqual([false, false, false]);
  });
});
