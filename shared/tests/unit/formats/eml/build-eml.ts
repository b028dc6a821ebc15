/** A small `.eml` writer for the tests: RFC 2047 headers, quoted-printable or base64 bodies, multipart. */

export interface BuildAttachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface BuildOptions {
  headers: [string, string][];
  text?: string;
  html?: string;
  charset?: 'utf-8' | 'iso-8859-1';
  encoding?: 'quoted-printable' | 'base64';
  attachments?: BuildAttachment[];
  boundary?: string;
}

const CRLF = '\r\n';

function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) && !value.includes('=?')) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > 30) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((word) => `=?utf-8?B?${Buffer.from(word).toString('base64')}?=`).join(`${CRLF} `);
}

export function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = 0;
  for (const byte of bytes) {
    const literal = byte >= 33 && byte <= 126 && byte !== 61;
    const piece = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + piece.length > 75) {
      out += `=${CRLF}`;
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

function leaf(contentType: string, body: Uint8Array, encoding: string, disposition?: string): string {
  const encoded = encoding === 'base64' ? base64Lines(body) : quotedPrintable(body);
  return [
    `Content-Type: ${contentType}`,
    `Content-Transfer-Encoding: ${encoding}`,
    ...(disposition === undefined ? [] : [`Content-Disposition: ${disposition}`]),
    '',
    encoded,
  ].join(CRLF);
}

function multipart(type: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${type}; boundary="${boundary}"`,
    '',
    'preamble',
    ...parts.map((part) => `--${boundary}${CRLF}${part}`),
    `--${boundary}--`,
    'epilogue',
  ].join(CRLF);
}

/** The bytes of a message. */
export function buildEml(options: BuildOptions): Buffer {
  const charset = options.charset ?? 'utf-8';
  const encoding = options.encoding ?? 'quoted-printable';
  const boundary = options.boundary ?? 'b0undary';
  const textPart = (type: string, text: string) =>
    leaf(`${type}; charset=${charset}`, Buffer.from(text, charset === 'utf-8' ? 'utf8' : 'latin1'), encoding);
  const bodies: string[] = [];
  if (options.text !== undefined) bodies.push(textPart('text/plain', options.text));
  if (options.html !== undefined) bodies.push(textPart('text/html', options.html));
  let body =
    bodies.length === 2
      ? multipart('alternative', `alt-${boundary}`, bodies)
      : (bodies[0] ?? textPart('text/plain', ''));
  const attachments = options.attachments ?? [];
  if (attachments.length > 0) {
    const files = attachments.map((file) =>
      leaf(file.contentType, file.bytes, 'base64', `attachment; filename="${encodeHeader(file.filename)}"`),
    );
    body = multipart('mixed', boundary, [body, ...files]);
  }
  const headers = [...options.headers.map(([name, value]) => `${name}: ${encodeHeader(value)}`), 'MIME-Version: 1.0'];
  return Buffer.from(`${headers.join(CRLF)}${CRLF}${body}${CRLF}`, 'latin1');
}
