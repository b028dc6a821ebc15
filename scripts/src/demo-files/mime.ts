const encoder = new TextEncoder();
const HEX = '0123456789ABCDEF';
const MAX_LINE = 76;

/** Base64 of `bytes` in lines of 76 characters joined by CRLF (RFC 2045). */
export function base64Lines(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += MAX_LINE) lines.push(text.slice(i, i + MAX_LINE));
  return lines.join('\r\n');
}

function qpLine(bytes: Uint8Array): string {
  const out: string[] = [];
  let length = 0;
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    const token = literal ? String.fromCharCode(byte) : `=${HEX[byte >> 4]}${HEX[byte & 15]}`;
    // A soft line break "=" keeps every encoded line within 76 characters.
    if (length + token.length > MAX_LINE - 1) {
      out.push('=\r\n');
      length = 0;
    }
    out.push(token);
    length += token.length;
  });
  return out.join('');
}

/** Quoted-printable (RFC 2045) of `text`'s UTF-8 bytes; line breaks (LF or CRLF) become CRLF hard breaks. */
export function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => qpLine(encoder.encode(line.endsWith('\r') ? line.slice(0, -1) : line)))
    .join('\r\n');
}

/** True when `text` is printable ASCII (a header value that needs no encoding). */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

/** `text` as it goes in a header: unchanged when ASCII, else one RFC 2047 encoded word per ~45 bytes (B encoding). */
export function headerText(text: string): string {
  if (isPlainAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (encoder.encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join('\r\n ');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date-time in UTC: `Wed, 01 Jan 2025 09:30:00 +0000`. */
export function rfc5322Date(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
