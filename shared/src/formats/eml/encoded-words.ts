/** RFC 2047 encoded words in header values (`=?utf-8?B?...?=`, `=?iso-8859-1?Q?...?=`) and raw 8-bit headers. */
import { decodeCharset, decodeQuotedPrintable } from './transfer';

/** An encoded word is at most 75 characters (RFC 2047); longer ones are read up to this bound, then left as text. */
const MAX_ENCODED_WORD = 256;

/**
 * The header value (latin1 characters, one per byte) as text: raw 8-bit bytes read as UTF-8 (RFC 6532) and encoded
 * words decoded; whitespace between two adjacent encoded words is dropped. A malformed encoded word stays as it is.
 */
export function decodeHeaderValue(value: string, offset: number): string {
  const raw = decodeCharset(Buffer.from(value, 'latin1'), 'utf-8', offset);
  let result = '';
  let index = 0;
  let pendingSpace = '';
  let previousWasEncoded = false;
  while (index < raw.length) {
    const start = raw.indexOf('=?', index);
    if (start === -1) break;
    const word = readEncodedWord(raw, start, offset);
    if (word === undefined) {
      result += pendingSpace + raw.slice(index, start + 2);
      pendingSpace = '';
      previousWasEncoded = false;
      index = start + 2;
      continue;
    }
    const between = raw.slice(index, start);
    result += previousWasEncoded && between.trim() === '' ? '' : pendingSpace + between;
    result += word.text;
    pendingSpace = '';
    previousWasEncoded = true;
    index = word.end;
  }
  return result + pendingSpace + raw.slice(index);
}

function readEncodedWord(raw: string, start: number, offset: number): { text: string; end: number } | undefined {
  const window = raw.slice(start, start + MAX_ENCODED_WORD);
  const match = /^=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]*)\?=/.exec(window);
  if (match === null) return undefined;
  const charset = (match[1] ?? '').split('*')[0] ?? '';
  const encoding = (match[2] ?? '').toUpperCase();
  const payload = match[3] ?? '';
  try {
    const bytes = encoding === 'B' ? Buffer.from(payload, 'base64') : decodeQuotedPrintable(payload.replace(/_/g, ' '));
    return { text: decodeCharset(bytes, charset, offset), end: start + match[0].length };
  } catch {
    return undefined;
  }
}
