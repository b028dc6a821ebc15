/** Content-Transfer-Encoding (7bit, 8bit, binary, quoted-printable, base64) and charsets of body parts. */
import { TextDecoder } from 'node:util';
import { EmlFormatError } from './errors';

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes quoted-printable (RFC 2045 6.7): `=XX` bytes and `=` soft line breaks. A `=` not followed by two hex
 * digits or a line break is kept as it is (the robustness rule of 6.7 note 1). `text` is latin1, one byte per char.
 */
export function decodeQuotedPrintable(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char !== 61 /* = */) {
      bytes[length++] = char & 0xff;
      continue;
    }
    const pair = text.slice(index + 1, index + 3);
    if (HEX.test(pair)) {
      bytes[length++] = Number.parseInt(pair, 16);
      index += 2;
    } else if (pair === '\r\n') index += 2;
    else if (pair[0] === '\n') index += 1;
    else bytes[length++] = char;
  }
  return bytes.subarray(0, length);
}

/** Decodes base64 (line breaks and spaces ignored); any other character outside the alphabet is an error. */
export function decodeBase64(text: string, offset: number): Buffer {
  let clean = '';
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (index < text.length && !(code === 13 || code === 10 || code === 32 || code === 9)) {
      const valid =
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        code === 43 ||
        code === 47 ||
        code === 61;
      if (!valid) throw new EmlFormatError(`Invalid base64 character ${JSON.stringify(text[index])}`, offset + index);
      continue;
    }
    clean += text.slice(start, index);
    start = index + 1;
  }
  const padding = clean.indexOf('=');
  if (padding !== -1 && !/^={1,2}$/.test(clean.slice(padding))) {
    throw new EmlFormatError('Base64 padding "=" inside the data', offset);
  }
  return Buffer.from(clean, 'base64');
}

/** The part's bytes with its transfer encoding undone. */
export function decodeTransfer(text: string, encoding: string, offset: number): Buffer {
  switch (encoding) {
    case '':
    case '7bit':
    case '8bit':
    case 'binary':
      return Buffer.from(text, 'latin1');
    case 'quoted-printable':
      return decodeQuotedPrintable(text);
    case 'base64':
      return decodeBase64(text, offset);
    default:
      throw new EmlFormatError(`Unknown Content-Transfer-Encoding "${encoding}"`, offset);
  }
}

/** Labels TextDecoder does not know that mail uses: US-ASCII read as its superset UTF-8, unknown 8-bit as latin1. */
const ALIASES: Readonly<Record<string, string>> = {
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  latin1: 'iso-8859-1',
  'unknown-8bit': 'iso-8859-1',
  'x-unknown': 'iso-8859-1',
};

/**
 * `bytes` decoded from `charset` (utf-8, iso-8859-1/latin1, us-ascii and whatever else the runtime's TextDecoder
 * knows, such as iso-2022-jp or shift_jis). An unknown charset is an {@link EmlFormatError}; invalid UTF-8 bytes
 * become U+FFFD.
 */
export function decodeCharset(bytes: Uint8Array, charset: string, offset: number): string {
  const label = charset.trim().toLowerCase() || 'utf-8';
  const resolved = ALIASES[label] ?? label;
  if (resolved === 'iso-8859-1') return Buffer.from(bytes).toString('latin1');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(resolved);
  } catch (error) {
    throw new EmlFormatError(`Unknown charset "${charset}"`, offset, { cause: error });
  }
  return decoder.decode(bytes);
}
