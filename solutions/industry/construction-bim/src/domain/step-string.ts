/**
 * Decodes the body of an ISO 10303-21 string (quotes already removed, `''` already one quote): `\X\hh` (ISO 8859-1),
 * `\X2\hhhh...\X0\` (UCS-2), `\X4\hhhhhhhh...\X0\` (UCS-4), `\S\c` (the upper half of the code page), `\P?\`
 * (code page switch, ignored) and `\\`. Other bytes read as UTF-8 (files in the wild carry it raw). One pass; a
 * malformed escape is kept as text, never an error.
 */

const BACKSLASH = 0x5c;
const utf8 = new TextDecoder('utf-8');

function hexValue(bytes: Uint8Array, at: number, digits: number): number | undefined {
  if (at + digits > bytes.length) return undefined;
  let value = 0;
  for (let i = at; i < at + digits; i++) {
    const c = bytes[i] as number;
    const d =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) return undefined;
    value = value * 16 + d;
  }
  return value;
}

const startsAt = (bytes: Uint8Array, at: number, text: string) => {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
};

/** Reads `\X2\` or `\X4\` code units from `at` to `\X0\`; returns the text and where it stops, or undefined. */
function wide(bytes: Uint8Array, at: number, digits: number): { text: string; next: number } | undefined {
  let text = '';
  let i = at;
  while (!startsAt(bytes, i, '\\X0\\')) {
    const unit = hexValue(bytes, i, digits);
    if (unit === undefined || unit > 0x10ffff) return undefined;
    text += String.fromCodePoint(unit);
    i += digits;
  }
  return { text, next: i + 4 };
}

/** The text of a STEP string body. */
export function decodeStepString(bytes: Uint8Array): string {
  if (!bytes.includes(BACKSLASH)) return utf8.decode(bytes);
  let out = '';
  let run = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > run) out += utf8.decode(bytes.subarray(run, to));
  };
  while (i < bytes.length) {
    if (bytes[i] !== BACKSLASH) {
      i += 1;
      continue;
    }
    flush(i);
    let next = i + 1;
    let text = '\\';
    if (startsAt(bytes, i, '\\\\')) next = i + 2;
    else if (startsAt(bytes, i, '\\X\\')) {
      const code = hexValue(bytes, i + 3, 2);
      if (code !== undefined) [text, next] = [String.fromCharCode(code), i + 5];
    } else if (startsAt(bytes, i, '\\X2\\') || startsAt(bytes, i, '\\X4\\')) {
      const decoded = wide(bytes, i + 4, bytes[i + 2] === 0x32 ? 4 : 8);
      if (decoded !== undefined) [text, next] = [decoded.text, decoded.next];
    } else if (startsAt(bytes, i, '\\S\\') && i + 3 < bytes.length) {
      [text, next] = [String.fromCharCode(((bytes[i + 3] as number) & 0x7f) + 0x80), i + 4];
    } else if (bytes[i + 1] === 0x50 && bytes[i + 3] === BACKSLASH && i + 3 < bytes.length) {
      [text, next] = ['', i + 4];
    }
    out += text;
    i = next;
    run = next;
  }
  flush(bytes.length);
  return out;
}
