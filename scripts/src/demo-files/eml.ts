import { createHash } from 'node:crypto';
import { base64Lines, headerText, isPlainAscii, quotedPrintable, rfc5322Date } from './mime';
import { DemoFileError } from './raster';

/** A file attached to a demo message. */
export interface EmlAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

/** What `emlMessage` writes. Addresses are `name@example.com` or `Name <name@example.com>`. */
export interface EmlOptions {
  from: string;
  to: string | readonly string[];
  cc?: string | readonly string[];
  subject: string;
  /** ISO 8601 date-time; written as an RFC 5322 date in UTC. */
  date: string;
  text: string;
  attachments?: readonly EmlAttachment[];
  /** Default: derived from the message's content, `<hex@demo.invalid>`. */
  messageId?: string;
}

function single(value: string, where: string): string {
  if (value.includes('\r') || value.includes('\n')) throw new DemoFileError(`${where} must not contain a line break`);
  return value;
}

function addresses(value: string | readonly string[], where: string): string {
  const list = typeof value === 'string' ? [value] : value;
  if (list.length === 0) throw new DemoFileError(`${where} needs at least one address`);
  return list.map((address) => single(address, where)).join(', ');
}

function filenameParameter(name: string): string {
  single(name, 'attachment filename');
  if (isPlainAscii(name) && !name.includes('"') && !name.includes('\\')) return `filename="${name}"`;
  return `filename*=UTF-8''${encodeURIComponent(name)}`;
}

const TEXT_HEADERS = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'];

/**
 * An RFC 5322 message with a MIME body: text/plain in quoted-printable, and with attachments a multipart/mixed whose
 * parts are base64. CRLF line endings; the Message-ID and boundary derive from the content, so the same options give
 * the same bytes. Throws `DemoFileError` on a line break in a header value, no recipient or an invalid date.
 */
export function emlMessage(options: EmlOptions): Uint8Array {
  const date = new Date(options.date);
  if (Number.isNaN(date.getTime())) throw new DemoFileError(`date is not a valid date: ${options.date}`);
  const digest = createHash('sha256').update(JSON.stringify(options)).digest('hex');
  const headers = [
    `From: ${single(options.from, 'from')}`,
    `To: ${addresses(options.to, 'to')}`,
    ...(options.cc ? [`Cc: ${addresses(options.cc, 'cc')}`] : []),
    `Subject: ${headerText(single(options.subject, 'subject'))}`,
    `Date: ${rfc5322Date(date)}`,
    `Message-ID: ${single(options.messageId ?? `<${digest.slice(0, 24)}@demo.invalid>`, 'messageId')}`,
    'MIME-Version: 1.0',
  ];
  const body = quotedPrintable(options.text);
  const attachments = options.attachments ?? [];
  if (attachments.length === 0) return Buffer.from([...headers, ...TEXT_HEADERS, '', body, ''].join('\r\n'), 'utf8');
  const boundary = `=_part_${digest.slice(24, 48)}`;
  const parts = [[...TEXT_HEADERS, '', body].join('\r\n')];
  for (const attachment of attachments) {
    const bytes = typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content;
    parts.push(
      [
        `Content-Type: ${single(attachment.contentType, 'attachment contentType')}`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; ${filenameParameter(attachment.filename)}`,
        '',
        base64Lines(bytes),
      ].join('\r\n'),
    );
  }
  const lines = [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
