import { extractPdfText, isPdf, readPdfPageCount } from '../../../../src/formats/pdf';
import { pdfKitDocument, pdfLibDocument } from './pdf-builders';

describe('extractPdfText on pdf-lib documents', () => {
  it.each([
    ['object streams', true],
    ['a classic xref table', false],
  ])('reads lines per page in reading order and the document info (%s)', async (_name, objectStreams) => {
    // Prepare
    const bytes = await pdfLibDocument([['Invoice No: INV-42', 'Total: 12,000 “quoted” café €'], ['Second page']], {
      objectStreams,
      title: 'Invoice 42',
      author: 'Acme KK',
    });

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result.pageCount).toBe(2);
    expect(result.pages).toEqual([
      { pageNumber: 1, lines: ['Invoice No: INV-42', 'Total: 12,000 “quoted” café €'] },
      { pageNumber: 2, lines: ['Second page'] },
    ]);
    expect(result.info).toMatchObject({ title: 'Invoice 42', author: 'Acme KK', creationDate: '2024-01-31T09:30:00Z' });
    expect(result.hasTextLayer).toBe(true);
  });

  it('reads an embedded TrueType font through its ToUnicode CMap', async () => {
    // Prepare
    const bytes = await pdfLibDocument([['Ελληνικά и кириллица — ½ € Ωmega']], { ttf: true });

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result.pages[0]?.lines).toEqual(['Ελληνικά и кириллица — ½ € Ωmega']);
  });

  it('reports a document without text as having no text layer', async () => {
    // Prepare
    const bytes = await pdfLibDocument([[], []]);

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result).toMatchObject({ pageCount: 2, hasTextLayer: false });
    expect(result.pages.map((page) => page.lines)).toEqual([[], []]);
  });

  it('reads at most maxPages pages of text but counts them all', async () => {
    // Prepare
    const bytes = await pdfLibDocument([['one'], ['two'], ['three']]);

    // Act
    const result = extractPdfText(bytes, { maxPages: 2 });

    // Assess
    expect(result.pageCount).toBe(3);
    expect(result.pages.map((page) => page.lines)).toEqual([['one'], ['two']]);
    expect(readPdfPageCount(bytes)).toBe(3);
  });
});

describe('extractPdfText on pdfkit documents', () => {
  it('reads wrapped paragraphs, embedded fonts and the info dictionary', async () => {
    // Prepare
    const paragraph =
      'Shipping slip for order 7781: three pallets of machine parts leave the Osaka warehouse on Monday morning.';
    const bytes = await pdfKitDocument([paragraph, 'Page two'], 'Slip 7781');

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result.pageCount).toBe(2);
    expect(result.pages[0]?.lines.join(' ')).toBe(paragraph);
    expect(result.pages[1]?.lines).toEqual(['Page two', 'Ωmega café']);
    expect(result.info).toMatchObject({ title: 'Slip 7781', creationDate: '2024-01-31T00:00:00Z', producer: 'PDFKit' });
  });
});

describe('isPdf', () => {
  it('recognises the %PDF- header within the first 1024 bytes', () => {
    // Prepare
    const encode = (text: string) => new TextEncoder().encode(text);

    // Act, Assess
    expect(isPdf(encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(encode(`${' '.repeat(100)}%PDF-1.4`))).toBe(true);
    expect(isPdf(encode('PK\u0003\u0004'))).toBe(false);
    expect(isPdf(encode(`${' '.repeat(1024)}%PDF-1.4`))).toBe(false);
  });
});
