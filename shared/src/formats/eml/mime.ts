/** The MIME part tree (RFC 2045/2046): multipart bodies split on their boundaries, leaves decoded to bytes. */
import { EmlFormatError } from './errors';
import { type EmlHeader, headerValue, parseParameters, readHeaderBlock } from './headers';
import { decodeTransfer } from './transfer';

/** The parser's limits. */
export interface MimeLimits {
  maxParts: number;
  maxDepth: number;
  maxHeaderBytes: number;
}

/** A leaf part: its type, charset, whether it is an attachment, its name and its decoded bytes. */
export interface LeafPart {
  contentType: string;
  charset: string;
  attachment: boolean;
  filename?: string;
  bytes: Buffer;
  /** Byte offset of the part's body in the message. */
  offset: number;
}

/** Walks the part at `[start, end)` of `raw` (latin1), appending its leaves; returns the part's headers. */
export function walkPart(
  raw: string,
  start: number,
  end: number,
  depth: number,
  limits: MimeLimits,
  leaves: LeafPart[],
): EmlHeader[] {
  if (leaves.length >= limits.maxParts) throw new EmlFormatError(`More than ${limits.maxParts} MIME parts`, start);
  const { headers, bodyStart } = readHeaderBlock(raw, start, end, limits.maxHeaderBytes);
  const type = parseParameters(headerValue(headers, 'content-type') ?? 'text/plain');
  const disposition = parseParameters(headerValue(headers, 'content-disposition') ?? '');
  const filename = disposition.params.filename ?? type.params.name;
  if (type.token.startsWith('multipart/')) {
    if (depth >= limits.maxDepth) throw new EmlFormatError(`MIME parts nested deeper than ${limits.maxDepth}`, start);
    const boundary = type.params.boundary;
    if (boundary === undefined || boundary === '') {
      throw new EmlFormatError(`${type.token} without a boundary parameter`, start);
    }
    for (const [partStart, partEnd] of splitMultipart(raw, bodyStart, end, boundary)) {
      walkPart(raw, partStart, partEnd, depth + 1, limits, leaves);
    }
    return headers;
  }
  const encoding = (headerValue(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const bytes = decodeTransfer(raw.slice(bodyStart, end), encoding, bodyStart);
  const contentType = type.token === '' ? 'text/plain' : type.token;
  leaves.push({
    contentType,
    charset: type.params.charset ?? 'us-ascii',
    attachment: disposition.token === 'attachment' || filename !== undefined || !contentType.startsWith('text/'),
    ...(filename === undefined ? {} : { filename }),
    bytes,
    offset: bodyStart,
  });
  return headers;
}

/**
 * The `[start, end)` byte ranges of the parts between `--boundary` lines; the line break before a delimiter
 * belongs to it. Preamble and epilogue are ignored. A body without its first or its closing delimiter is an error.
 */
export function splitMultipart(raw: string, start: number, end: number, boundary: string): [number, number][] {
  const delimiter = `--${boundary}`;
  const parts: [number, number][] = [];
  let partStart: number | undefined;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    if (raw.startsWith(delimiter, lineStart)) {
      const rest = raw.slice(lineStart + delimiter.length, lineEnd).trimEnd();
      if (rest === '' || rest === '--') {
        if (partStart !== undefined) parts.push([partStart, lineBreakBefore(raw, partStart, lineStart)]);
        if (rest === '--') return parts;
        partStart = Math.min(lineEnd + 1, end);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (partStart === undefined) throw new EmlFormatError(`Multipart body has no "${delimiter}" delimiter line`, start);
  throw new EmlFormatError(`Multipart body ends without its closing "${delimiter}--" line`, end);
}

/** Offset of the line break (CRLF or LF) that ends just before `delimiterStart`, not before `partStart`. */
function lineBreakBefore(raw: string, partStart: number, delimiterStart: number): number {
  let end = delimiterStart;
  if (end > partStart && raw[end - 1] === '\n') end -= 1;
  if (end > partStart && raw[end - 1] === '\r') end -= 1;
  return end;
}
