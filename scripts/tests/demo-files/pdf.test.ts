import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { DEMO_DATE, DEMO_PRODUCER, DemoFileError, pdfDocument, scannedPdf } from '../../src/demo-files';

/** Every decoded content stream of the document, as Latin-1 text. */
function contentText(doc: PDFDocument): string {
  const streams = doc.getPages().flatMap((page) => {
    const contents = page.node.Contents();
    if (contents instanceof PDFArray) return contents.asArray().map((ref) => doc.context.lookup(ref));
    return [contents];
  });
  const raw = streams.filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream);
  expect(raw.length).toBeGreaterThan(0);
  return raw.map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')).join('\n');
}

function hexOf(text: string): string {
  return Buffer.from(text, 'latin1').toString('hex').toUpperCase();
}

function imagesOf(doc: PDFDocument): PDFRawStream[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
    .filter((stream) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
}

const OPTIONS = {
  title: 'Invoice 42',
  author: 'Demo',
  pages: [
    { lines: ['INVOICE 42', { text: 'Total: 1,250.00 EUR', x: 300, y: 100, size: 14 }] },
    { lines: ['Page two'] },
  ],
  tables: [{ page: 1, header: ['Item', 'Qty'], rows: [['Widget', 3]] }],
};

describe('pdfDocument', () => {
  it('writes a PDF that pdf-lib loads, with fixed metadata and a text layer', async () => {
    // Act
    const doc = await PDFDocument.load(await pdfDocument(OPTIONS), { updateMetadata: false });
    // Assess
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toBe('Invoice 42');
    expect(doc.getProducer()).toBe(DEMO_PRODUCER);
    expect(doc.getCreationDate()?.toISOString()).toBe(new Date(DEMO_DATE).toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(new Date(DEMO_DATE).toISOString());
    const text = contentText(doc);
    for (const word of ['INVOICE 42', 'Total: 1,250.00 EUR', 'Page two', 'Widget', 'Qty'])
      expect(text).toContain(`<${hexOf(word)}> Tj`);
    expect(imagesOf(doc)).toHaveLength(0);
  });

  it('gives the same bytes for the same options and an ID that follows the content', async () => {
    // Act
    const first = Buffer.from(await pdfDocument(OPTIONS));
    const again = Buffer.from(await pdfDocument(OPTIONS));
    const other = Buffer.from(await pdfDocument({ ...OPTIONS, title: 'Invoice 43' }));
    // Assess
    expect(again.equals(first)).toBe(true);
    const id = (bytes: Buffer) => /\/ID \[\s*<([0-9a-f]{32})>/.exec(bytes.toString('latin1'))?.[1];
    expect(id(first)).toHaveLength(32);
    expect(id(other)).not.toBe(id(first));
  });

  it.each([
    [{ title: 'x', pages: [] }, /at least one page/],
    [{ title: 'x', pages: [{ lines: ['日本語'] }] }, /page 0 line 0/],
    [{ title: 'x', pages: [{ lines: ['a'] }], tables: [{ page: 3, rows: [['a']] }] }, /table 0 is on page 3/],
    [{ title: 'x', pages: [{ lines: ['a'] }], date: 'yesterday' }, /not a valid date/],
  ])('rejects %o with a DemoFileError', async (options, message) => {
    // Act
    const attempt = pdfDocument(options);
    // Assess
    await expect(attempt).rejects.toThrow(DemoFileError);
    await expect(pdfDocument(options)).rejects.toThrow(message);
  });
});

describe('scannedPdf', () => {
  it.each([
    ['png', 'FlateDecode'],
    ['jpeg', 'DCTDecode'],
  ] as const)('embeds one %s page image per page and no text', async (imageFormat, filter) => {
    // Act
    const bytes = await scannedPdf({ title: 'Scan', imageFormat, pages: [{ lines: ['one'] }, { lines: ['two'] }] });
    const doc = await PDFDocument.load(bytes);
    // Assess
    expect(doc.getPageCount()).toBe(2);
    const images = imagesOf(doc);
    expect(images).toHaveLength(2);
    expect(images.map((image) => image.dict.get(PDFName.of('Filter'))?.toString())).toEqual([
      `/${filter}`,
      `/${filter}`,
    ]);
    expect(contentText(doc)).not.toContain('Tj');
    expect(doc.getPage(0).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict)).toBeDefined();
    expect(
      Buffer.from(
        await scannedPdf({ title: 'Scan', imageFormat, pages: [{ lines: ['one'] }, { lines: ['two'] }] }),
      ).equals(Buffer.from(bytes)),
    ).toBe(true);
  });
});
