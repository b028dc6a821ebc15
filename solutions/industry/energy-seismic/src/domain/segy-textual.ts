/**
 * The 3,200-byte textual header of a SEG-Y file: 40 card images of 80 characters, in EBCDIC (cp037) by the
 * standard, in ASCII in many files written on workstations. The encoding is told by which reading gives more
 * printable characters: EBCDIC letters and digits (0xC1-0xF9) are not printable ASCII, and ASCII letters are not
 * printable EBCDIC, so real text scores high in its own encoding only.
 */
import { ebcdicToLatin1, isPrintableEbcdic } from './ebcdic';

/** Bytes of the textual header, and of each extended textual header record. */
export const TEXTUAL_HEADER_BYTES = 3200;
const CARD_CHARACTERS = 80;

/** The encoding the textual header is read in. */
export type TextualEncoding = 'ebcdic' | 'ascii';

/** A decoded textual header. */
export interface TextualHeader {
  encoding: TextualEncoding;
  /** The card images, trailing blanks removed, blank cards at the end dropped, joined by `\n`. */
  text: string;
}

const isPrintableAscii = (byte: number) => byte >= 0x20 && byte <= 0x7e;

/** Which encoding `bytes` reads best in; EBCDIC (the standard) on a tie. */
export function detectTextualEncoding(bytes: Uint8Array): TextualEncoding {
  let ascii = 0;
  let ebcdic = 0;
  for (const byte of bytes) {
    if (isPrintableAscii(byte)) ascii += 1;
    if (isPrintableEbcdic(byte)) ebcdic += 1;
  }
  return ascii > ebcdic ? 'ascii' : 'ebcdic';
}

/** Decodes a textual header (any length, read as 80-character cards); control characters become blanks. */
export function decodeTextualHeader(bytes: Uint8Array): TextualHeader {
  const encoding = detectTextualEncoding(bytes);
  const latin1 = encoding === 'ebcdic' ? ebcdicToLatin1(bytes) : Uint8Array.from(bytes);
  for (let index = 0; index < latin1.length; index++) {
    const code = latin1[index] as number;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) latin1[index] = 0x20;
  }
  const printable = Buffer.from(latin1).toString('latin1');
  const cards: string[] = [];
  for (let start = 0; start < printable.length; start += CARD_CHARACTERS) {
    cards.push(printable.slice(start, start + CARD_CHARACTERS).trimEnd());
  }
  while (cards.length > 0 && cards[cards.length - 1] === '') cards.pop();
  return { encoding, text: cards.join('\n') };
}
