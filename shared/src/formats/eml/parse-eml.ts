/** Parsing an RFC 5322 message (`.eml`): headers, the readable text and the attachments' names and sizes. */
import { EmlFormatError } from './errors';
import type { EmlHeader } from './headers';
import { headerValue } from './headers';
import { htmlToText } from './html-text';
import { type LeafPart, walkPart } from './mime';
import { decodeCharset } from './transfer';

/** Limits of {@link parseEml}; the defaults suit mail archives. */
export interface EmlOptions {
  /** Largest message read, in bytes; default 25 MiB. */
  maxBytes?: number;
  /** Most MIME parts; default 1,000. */
  maxParts?: number;
  /** Deepest nesting of multipart bodies; default 10. */
  maxDepth?: number;
  /** Largest header block of one part, in bytes; default 256 KiB. */
  maxHeaderBytes?: number;
}

/** One attachment: its file name when the message gives one, its MIME type and its decoded size in bytes. */
export interface EmlAttachment {
  filename?: string;
  contentType: string;
  size: number;
}

/** A parsed message. */
export interface EmlMessage {
  /** Top-level headers in order, values unfolded and RFC 2047-decoded. */
  headers: EmlHeader[];
  subject?: string;
  from?: string;
  to?: string;
  date?: string;
  messageId?: string;
  /** The text/plain parts (joined by a blank line), else the HTML parts stripped of tags, else `''`. */
  text: string;
  textSource: 'plain' | 'html' | 'none';
  attachments: EmlAttachment[];
}

/** Default {@link EmlOptions}. */
export const EML_DEFAULTS: Required<EmlOptions> = {
  maxBytes: 25 * 1024 * 1024,
  maxParts: 1000,
  maxDepth: 10,
  maxHeaderBytes: 256 * 1024,
};

/**
 * Parses the bytes of a `.eml` message: header folding, RFC 2047 encoded words, MIME multipart bodies,
 * quoted-printable and base64, charsets utf-8, iso-8859-1 and us-ascii (and others the runtime decodes). Anything
 * unreadable (no header, a missing boundary, invalid base64, an unknown charset or encoding, a limit exceeded) throws
 * an {@link EmlFormatError} with the byte offset.
 *
 * @example
 * ```ts
 * const { subject, text, attachments } = parseEml(await ctx.input.getBytes(key, { maxBytes: EML_DEFAULTS.maxBytes }));
 * ```
 */
export function parseEml(bytes: Uint8Array, options: EmlOptions = {}): EmlMessage {
  const limits = { ...EML_DEFAULTS, ...options };
  if (bytes.length === 0) throw new EmlFormatError('Message is empty', 0);
  if (bytes.length > limits.maxBytes) {
    throw new EmlFormatError(`Message is ${bytes.length} bytes; at most ${limits.maxBytes} are read`, limits.maxBytes);
  }
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const leaves: LeafPart[] = [];
  const headers = walkPart(raw, 0, raw.length, 0, limits, leaves);
  if (headers.length === 0) throw new EmlFormatError('Message has no header', 0);
  const field = (name: string) => headerValue(headers, name);
  const optional = (key: string, value: string | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    headers,
    ...optional('subject', field('subject')),
    ...optional('from', field('from')),
    ...optional('to', field('to')),
    ...optional('date', field('date')),
    ...optional('messageId', field('message-id')),
    ...bodyText(leaves),
    attachments: leaves
      .filter((leaf) => leaf.attachment)
      .map((leaf) => ({
        ...optional('filename', leaf.filename),
        contentType: leaf.contentType,
        size: leaf.bytes.length,
      })),
  };
}

function bodyText(leaves: readonly LeafPart[]): Pick<EmlMessage, 'text' | 'textSource'> {
  const inline = leaves.filter((leaf) => !leaf.attachment);
  const decode = (leaf: LeafPart) => decodeCharset(leaf.bytes, leaf.charset, leaf.offset);
  const plain = inline.filter((leaf) => leaf.contentType === 'text/plain');
  if (plain.length > 0) return { text: plain.map(decode).join('\n\n').trim(), textSource: 'plain' };
  const html = inline.filter((leaf) => leaf.contentType === 'text/html');
  if (html.length > 0) return { text: html.map((leaf) => htmlToText(decode(leaf))).join('\n\n'), textSource: 'html' };
  return { text: '', textSource: 'none' };
}
