/**
 * Header blocks (RFC 5322 section 2.2): `Name: value` lines, folded lines unfolded, ending at the first empty line.
 * The text is the message's bytes as latin1 (one character per byte), so string offsets are byte offsets.
 */
import { TextDecoder } from 'node:util';
import { decodeHeaderValue } from './encoded-words';
import { EmlFormatError } from './errors';

/** One header, its value unfolded and its encoded words decoded. */
export interface EmlHeader {
  name: string;
  value: string;
}

/** A parsed header block and where the body starts. */
export interface HeaderBlock {
  headers: EmlHeader[];
  bodyStart: number;
}

/** Reads the header block of `raw` between `start` and `end`; at most `maxHeaderBytes` long. */
export function readHeaderBlock(raw: string, start: number, end: number, maxHeaderBytes: number): HeaderBlock {
  const headers: EmlHeader[] = [];
  let name: string | undefined;
  let value = '';
  let valueAt = start;
  let index = start;
  const flush = (): void => {
    if (name !== undefined) headers.push({ name, value: decodeHeaderValue(value.trim(), valueAt) });
    name = undefined;
  };
  while (index < end) {
    let lineEnd = raw.indexOf('\n', index);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = raw.slice(index, raw[lineEnd - 1] === '\r' && lineEnd > index ? lineEnd - 1 : lineEnd);
    const next = Math.min(lineEnd + 1, end);
    if (line === '') return finish(flush, headers, next);
    if (next - start > maxHeaderBytes) {
      throw new EmlFormatError(`Header block is longer than ${maxHeaderBytes} bytes`, index);
    }
    if (line[0] === ' ' || line[0] === '\t') {
      if (name === undefined) throw new EmlFormatError('Folded header line without a header before it', index);
      value += line;
    } else {
      flush();
      const colon = line.indexOf(':');
      if (colon <= 0 || !/^[!-9;-~]+$/.test(line.slice(0, colon))) {
        throw new EmlFormatError(`Header line without a "Name:" (${JSON.stringify(line.slice(0, 40))})`, index);
      }
      name = line.slice(0, colon);
      value = line.slice(colon + 1);
      valueAt = index + colon + 1;
    }
    index = next;
  }
  return finish(flush, headers, end);
}

function finish(flush: () => void, headers: EmlHeader[], bodyStart: number): HeaderBlock {
  flush();
  return { headers, bodyStart };
}

/** The value of the first header named `name` (case-insensitive). */
export function headerValue(headers: readonly EmlHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((header) => header.name.toLowerCase() === lower)?.value;
}

/** A structured header value such as `text/plain; charset="utf-8"`: the lower-cased token and its parameters. */
export interface HeaderParameters {
  token: string;
  params: Record<string, string>;
}

/** Splits `type/subtype; name=value; name="quoted; value"` (RFC 2045), including RFC 2231 `name*=utf-8''...`. */
export function parseParameters(value: string): HeaderParameters {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] as string;
    if (quoted && char === '\\') {
      current += value[index + 1] ?? '';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const params: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    const raw = part.slice(equals + 1).trim();
    if (key.endsWith('*')) params[key.slice(0, -1)] = decodeExtendedValue(raw);
    else if (params[key] === undefined) params[key] = raw;
  }
  return { token: (parts[0] ?? '').trim().toLowerCase(), params };
}

/** RFC 2231 `charset'language'percent-encoded`; undecodable values are returned as they are. */
function decodeExtendedValue(raw: string): string {
  const match = /^([^']*)'[^']*'(.*)$/.exec(raw);
  if (match === null) return raw;
  try {
    const bytes = Buffer.from(
      (match[2] ?? '').replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    );
    return new TextDecoder(match[1] || 'utf-8').decode(bytes);
  } catch {
    return raw;
  }
}
