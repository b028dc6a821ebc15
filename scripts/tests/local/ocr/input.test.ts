import { PNG } from 'pngjs';
import { encodePng, pdfDocument, scannedPdf, textImage, textRaster, tiffImage } from '../../../src/demo-files';
import { MAX_PAGES, OcrInputError, pageImages, sniffInput } from '../../../src/local/ocr';

function size(png: Uint8Array): [number, number] {
  const decoded = PNG.sync.read(Buffer.from(png));
  return [decoded.width, decoded.height];
}

describe('sniffInput', () => {
  it.each([
    [textImage({ lines: ['a'] }), 'png'],
    [textImage({ lines: ['a'], format: 'jpeg' }), 'jpeg'],
    [textImage({ lines: ['a'], format: 'tiff' }), 'tiff'],
    [Buffer.from('MM\u0000*rest'), 'tiff'],
    [Buffer.from('%PDF-1.7\n'), 'pdf'],
  ])('recognises %#', (bytes, kind) => {
    // Act / Assess
    expect(sniffInput(bytes)).toBe(kind);
  });

  it.each([[Buffer.from('GIF89a')], [Buffer.from('')], [Buffer.from('hello')]])('refuses %s', (bytes) => {
    // Act / Assess
    expect(() => sniffInput(bytes)).toThrow(OcrInputError);
    expect(() => sniffInput(bytes)).toThrow(/expected the bytes of a PNG, JPEG, TIFF or PDF/);
  });
});

describe('pageImages', () => {
  const lines = ['Scanned page'];
  const expected: [number, number] = [textRaster({ lines }).width, textRaster({ lines }).height];

  it('passes PNG and JPEG through unchanged', async () => {
    // Arrange
    const png = textImage({ lines });
    const jpeg = textImage({ lines, format: 'jpeg' });
    // Act / Assess
    expect(await pageImages(png)).toEqual([png]);
    expect(await pageImages(jpeg)).toEqual([jpeg]);
  });

  it('converts each TIFF page, uncompressed or PackBits, to a PNG of the same size', async () => {
    // Act
    const packed = await pageImages(tiffImage({ width: 30, height: 20, seed: 2 }, { compression: 'packbits' }));
    const pages = await pageImages(
      tiffImage([
        { width: 30, height: 20, seed: 1 },
        { width: 5, height: 9, fill: [9, 9, 9] },
      ]),
    );
    // Assess
    expect(pages.map(size)).toEqual([
      [30, 20],
      [5, 9],
    ]);
    expect(packed.map(size)).toEqual([[30, 20]]);
  });

  it('extracts the page image of a scanned PDF: Flate pixels as PNG, DCT as the JPEG itself', async () => {
    // Act
    const flate = await pageImages(await scannedPdf({ title: 't', pages: [{ lines }, { lines }] }));
    const dct = await pageImages(await scannedPdf({ title: 't', imageFormat: 'jpeg', pages: [{ lines }] }));
    // Assess
    expect(flate.map(size)).toEqual([expected, expected]);
    expect([...(dct[0]?.subarray(0, 3) ?? [])]).toEqual([0xff, 0xd8, 0xff]);
  });

  it.each([
    ['a truncated PNG', async () => textImage({ lines }).subarray(0, 60), /the PNG cannot be read/],
    ['a PNG claiming 100000x100000 pixels', async () => bombPng(), /reads at most 40000000 pixels/],
    ['a corrupt JPEG', async () => corrupt(textImage({ lines, format: 'jpeg' })), /the JPEG cannot be read/],
    ['a TIFF with only a header', async () => Buffer.from([0x49, 0x49, 42, 0, 8, 0, 0, 0, 0, 0]), /TIFF/],
    ['a PDF with a text layer only', async () => pdfDocument({ title: 't', pages: [{ lines }] }), /no page image/],
    ['a PDF that is only a header', async () => Buffer.from('%PDF-1.7\n%%EOF'), /PDF/],
    [
      'a TIFF of too many pages',
      async () => tiffImage(Array(MAX_PAGES + 1).fill({ width: 1, height: 1, fill: [0, 0, 0] })),
      /at most 20/,
    ],
  ])('refuses %s with an OcrInputError', async (_, make, message) => {
    // Arrange
    const bytes = await make();
    // Act / Assess
    await expect(pageImages(bytes)).rejects.toThrow(OcrInputError);
    await expect(pageImages(bytes)).rejects.toThrow(message);
  });
});

function bombPng(): Uint8Array {
  const png = encodePng({ width: 1, height: 1, channels: 1, data: new Uint8Array(1) });
  const view = new DataView(png.buffer, png.byteOffset);
  view.setUint32(16, 100_000);
  view.setUint32(20, 100_000);
  return png;
}

function corrupt(jpeg: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(jpeg.subarray(0, 200));
  copy.fill(0xff, 20, 200);
  return copy;
}
