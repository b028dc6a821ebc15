import fc from 'fast-check';
import { DemoFileError, emlMessage } from '../../src/demo-files';
import { quotedPrintable } from '../../src/demo-files/mime';

/** Quoted-printable decoding (RFC 2045) for the assertions. */
function decodeQp(text: string): string {
  const bytes: number[] = [];
  const body = text.replaceAll('=\r\n', '');
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === '=') {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

const BASE = {
  from: 'Sender <sender@example.com>',
  to: ['a@example.com', 'b@example.com'],
  subject: 'Quarterly report',
  date: '2025-03-04T05:06:07Z',
  text: 'Hello,\nthe total is 1,250.00 EUR.\n',
};

describe('quotedPrintable', () => {
  it('round-trips any text with lines of at most 76 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        // Act
        const encoded = quotedPrintable(text);
        // Assess
        for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(decodeQp(encoded)).toBe(text.replaceAll('\r\n', '\n').replaceAll('\n', '\r\n'));
      }),
    );
  });
});

describe('emlMessage', () => {
  it('writes RFC 5322 headers and a quoted-printable text body with CRLF lines', () => {
    // Act
    const text = Buffer.from(emlMessage({ ...BASE, subject: 'Résumé ✓' })).toString('utf8');
    const split = text.indexOf('\r\n\r\n');
    const head = text.slice(0, split);
    const body = text.slice(split + 4);
    // Assess
    expect(head).toContain('To: a@example.com, b@example.com');
    expect(head).toContain('Date: Tue, 04 Mar 2025 05:06:07 +0000');
    expect(head).toContain('Subject: =?UTF-8?B?');
    expect(head).toMatch(/Message-ID: <[0-9a-f]{24}@demo\.invalid>/);
    expect(head).toContain('Content-Transfer-Encoding: quoted-printable');
    // The text's own last line break, then the one that ends the message.
    expect(decodeQp(body)).toBe('Hello,\r\nthe total is 1,250.00 EUR.\r\n\r\n');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('puts attachments in base64 parts of a multipart/mixed body', () => {
    // Arrange
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => i);
    // Act
    const text = Buffer.from(
      emlMessage({
        ...BASE,
        attachments: [{ filename: 'scan 1.pdf', contentType: 'application/pdf', content: bytes }],
      }),
    ).toString('utf8');
    // Assess
    const boundary = /boundary="([^"]+)"/.exec(text)?.[1] ?? '';
    const parts = text.split(`--${boundary}`);
    expect(parts).toHaveLength(4);
    expect(parts[3]).toBe('--\r\n');
    const attachment = parts[2] ?? '';
    expect(attachment).toContain('Content-Disposition: attachment; filename="scan 1.pdf"');
    const base64 = attachment.split('\r\n\r\n')[1] ?? '';
    expect(Buffer.from(base64.replaceAll('\r\n', ''), 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(Math.max(...base64.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(76);
  });

  it('is deterministic and changes its Message-ID with the content', () => {
    // Act
    const first = Buffer.from(emlMessage(BASE));
    const other = Buffer.from(emlMessage({ ...BASE, text: 'other' }));
    // Assess
    expect(Buffer.from(emlMessage(BASE)).equals(first)).toBe(true);
    const id = (bytes: Buffer) => /Message-ID: (\S+)/.exec(bytes.toString())?.[1];
    expect(id(other)).not.toBe(id(first));
  });

  it.each([
    [{ subject: 'x\r\nBcc: victim@example.com' }, /subject must not contain a line break/],
    [{ to: [] }, /at least one address/],
    [{ date: 'not a date' }, /not a valid date/],
  ])('rejects %o with a DemoFileError', (change, message) => {
    // Act / Assess
    expect(() => emlMessage({ ...BASE, ...change })).toThrow(DemoFileError);
    expect(() => emlMessage({ ...BASE, ...change })).toThrow(message);
  });
});
