import fc from 'fast-check';
import { extractPdfText, PdfEncryptedError, PdfFormatError } from '../../../../src/formats/pdf';
import { pdfLibDocument } from './pdf-builders';

/** Characters Helvetica's WinAnsi encoding can show: printable ASCII and a few Latin-1/Windows-1252 extras. */
const WIN_ANSI_SAFE = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(0x20 + index)),
  ...'éüßÆø€“”‘’–—…©½'.split(''),
];

const line = fc
  .array(fc.constantFrom(...WIN_ANSI_SAFE), { minLength: 1, maxLength: 60 })
  .map((chars) => chars.join('').trim())
  .filter((text) => text !== '');

/** Reads `bytes`, accepting only a result or one of the reader's named errors (offset within the bytes). */
function readOrNamedError(bytes: Uint8Array): void {
  try {
    extractPdfText(bytes);
  } catch (error) {
    if (error instanceof PdfEncryptedError) return;
    if (!(error instanceof PdfFormatError)) throw error;
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(bytes.length);
  }
}

describe('extractPdfText properties', () => {
  it('reads back the lines pdf-lib drew, page by page, with and without object streams', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(line, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (pages, objectStreams) => {
          // Prepare
          const bytes = await pdfLibDocument(pages, { objectStreams });

          // Act
          const result = extractPdfText(bytes);

          // Assess
          expect(result.pageCount).toBe(pages.length);
          expect(result.pages.map((page) => page.lines)).toEqual(pages);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('throws only named errors with an offset within the input for truncated or corrupted files', async () => {
    // Prepare
    const documents = await Promise.all([
      pdfLibDocument([['Invoice No: 1', 'Total: 5'], ['Page 2']], { objectStreams: true, title: 'T' }),
      pdfLibDocument([['Claim: 77']], { objectStreams: false, ttf: true }),
    ]);

    // Act, Assess
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 4,
        }),
        (document, cut, flips) => {
          const bytes = Uint8Array.from(document.subarray(0, Math.floor(cut * document.length)));
          for (const [where, value] of flips) bytes[Math.floor(where * bytes.length)] = value;
          readOrNamedError(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('throws a PdfFormatError with an offset within the bytes for every cut before the last startxref', async () => {
    // Prepare
    const document = await pdfLibDocument([['Shipper: Acme'], ['Page 2']]);
    const startxref = Buffer.from(document).lastIndexOf('startxref');

    // Act, Assess
    fc.assert(
      fc.property(fc.nat({ max: startxref - 1 }), (cut) => {
        const bytes = document.subarray(0, cut);
        expect(() => extractPdfText(bytes)).toThrow(PdfFormatError);
        readOrNamedError(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('throws only named errors for corrupted files that keep their full length', async () => {
    // Prepare
    const document = await pdfLibDocument([['Name: Jane', 'Qty  Price'], ['two']], { objectStreams: false });

    // Act, Assess
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: document.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const bytes = Uint8Array.from(document);
          for (const [where, value] of flips) bytes[where] = value;
          readOrNamedError(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });
});
