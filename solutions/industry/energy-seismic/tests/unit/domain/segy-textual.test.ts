import { encodeEbcdic } from '../../../src/domain/ebcdic';
import { decodeTextualHeader, detectTextualEncoding } from '../../../src/domain/segy-textual';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('textual header', () => {
  it('tells EBCDIC from ASCII by which reading is printable', () => {
    // Prepare
    const text = 'C 1 CLIENT DEMO ENERGY LINE 101'.padEnd(3200);

    // Act / Assess
    expect(detectTextualEncoding(encodeEbcdic(text))).toBe('ebcdic');
    expect(detectTextualEncoding(ascii(text))).toBe('ascii');
  });

  it('cuts the text into 80-character cards, trims them and drops blank cards at the end', () => {
    // Prepare
    const text = `${'C 1 FIRST'.padEnd(80)}${''.padEnd(80)}${'C 3 THIRD'.padEnd(80)}${''.padEnd(3200 - 240)}`;

    // Act
    const header = decodeTextualHeader(encodeEbcdic(text));

    // Assess
    expect(header).toEqual({ encoding: 'ebcdic', text: 'C 1 FIRST\n\nC 3 THIRD' });
  });

  it('turns control characters into blanks', () => {
    // Act / Assess
    expect(decodeTextualHeader(ascii('C 1 A\u0000B\u0007C   ')).text).toBe('C 1 A B C');
  });
});
