import { randomBytes } from 'node:crypto';
import { extractPdfText, PdfEncryptedError, PdfFormatError } from '../../../../src/formats/pdf';
import { onePage, pdfLibDocument, rawPdf, stream } from './pdf-builders';

const F1 = '<< /Font << /F1 5 0 R >> >>';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

function formatError(bytes: Uint8Array, options = {}): PdfFormatError {
  try {
    extractPdfText(bytes, options);
  } catch (error) {
    if (error instanceof PdfFormatError) return error;
    throw error;
  }
  throw new Error('expected a PdfFormatError');
}

describe('extractPdfText on bad input', () => {
  const good = onePage('BT /F1 10 Tf 50 700 Td (fine) Tj ET', F1, [HELVETICA]);
  const text = good.toString('latin1');
  const replace = (from: string, to: string) => latin1(text.replace(from, to));

  it.each([
    ['not a PDF', latin1('PK\u0003\u0004 zip bytes'), /no "%PDF-" header/, 0],
    ['truncated before startxref', good.subarray(0, good.length - 30), /no "startxref"/, good.length - 30],
    [
      'a startxref without a number',
      latin1(text.replace(/startxref\n\d+/, 'startxref\nx')),
      /not followed by an offset/,
      undefined,
    ],
    [
      'an xref offset beyond the end',
      latin1(text.replace(/startxref\n(\d+)/, 'startxref\n999999')),
      /outside the file/,
      undefined,
    ],
    [
      'an xref offset at garbage',
      latin1(text.replace(/startxref\n(\d+)/, 'startxref\n3')),
      /expected "<num> <gen> obj"/,
      3,
    ],
    ['a malformed xref entry', replace(' 00000 n ', ' 00000 x '), /neither n nor f/, undefined],
    ['an unterminated string in content', replace('(fine) Tj', '(fine  Tj'), /unterminated string/, undefined],
    [
      'a dictionary key that is not a name',
      replace('<< /Type /Catalog', '<< 12345 /Catalog'),
      /key is not a name/,
      undefined,
    ],
  ])('throws a PdfFormatError for %s', (_name, bytes, reason, offset) => {
    // Prepare, Act
    const error = formatError(bytes);

    // Assess
    expect(error.message).toMatch(reason);
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(bytes.length);
    if (offset !== undefined) expect(error.offset).toBe(offset);
  });

  it('names the stream offset for corrupt FlateDecode data and for decompression beyond the cap', () => {
    // Prepare
    const corrupt = onePage(
      Buffer.concat([
        latin1('<< /Filter /FlateDecode /Length 16 >>\nstream\n'),
        randomBytes(16).fill(0xff),
        latin1('\nendstream'),
      ]),
      F1,
      [HELVETICA],
    );
    const bomb = onePage(stream('', `BT ${'0 0 Td '.repeat(20_000)} ET`, true), F1, [HELVETICA]);

    // Act
    const corruptError = formatError(corrupt);
    const bombError = formatError(bomb, { maxStreamBytes: 10_000 });

    // Assess
    expect(corruptError.message).toMatch(/corrupt FlateDecode data/);
    expect(corruptError.offset).toBe(corrupt.indexOf('stream\n') + 7);
    expect(bombError.message).toMatch(/inflates beyond 10000 bytes/);
  });

  it('rejects objects nested deeper than the limit', () => {
    // Prepare
    const bytes = onePage('', `<< /Deep ${'['.repeat(100)}${']'.repeat(100)} >>`);

    // Act
    const error = formatError(bytes);

    // Assess
    expect(error.message).toMatch(/nested deeper than 64/);
  });

  it('throws PdfEncryptedError for an encrypted file', async () => {
    // Prepare
    const bytes = rawPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        '<< /Filter /Standard /V 2 /R 3 >>',
      ],
      '/Encrypt 3 0 R',
    );

    // Act, Assess
    expect(() => extractPdfText(bytes)).toThrow(PdfEncryptedError);
    expect(() => extractPdfText(bytes)).toThrow(/encrypted/);
  });

  it('reads a stream whose /Length is wrong up to its endstream', async () => {
    // Prepare
    const bytes = onePage(latin1('<< /Length 3 >>\nstream\nBT /F1 10 Tf 50 700 Td (long) Tj ET\nendstream'), F1, [
      HELVETICA,
    ]);

    // Act, Assess
    expect(extractPdfText(bytes).pages[0]?.lines).toEqual(['long']);
  });

  it('throws a PdfFormatError for a document whose catalog has no page tree', async () => {
    // Prepare
    const doc = await pdfLibDocument([['x']], { objectStreams: false });
    const bytes = latin1(Buffer.from(doc).toString('latin1').replace('/Pages 1 0 R', '/Pagez 1 0 R'));

    // Act
    const error = formatError(bytes);

    // Assess
    expect(error.message).toMatch(/no page tree/);
  });
});
