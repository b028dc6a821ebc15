import fc from 'fast-check';
import { OoxmlFormatError, readDocxText, readXlsxText } from '../../../../src/formats/ooxml';
import { buildDocx, buildXlsx, zip } from './build-ooxml';

function xmlAllows(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && !(code >= 0x7f && code <= 0x9f) && code !== 0xfffe && code !== 0xffff;
}

/** Characters XML 1.0 allows (no controls but tab and line feed), including markup characters to escape. */
const xmlChar = fc.oneof(
  fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '\t', '\n', 'é', '日', '😀'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((char) => [...char].every(xmlAllows)),
);
const paragraph = fc.string({ unit: xmlChar, minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '');
const cellText = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^-?\d{1,6}$/),
  fc.string({ unit: xmlChar, minLength: 1, maxLength: 20 }).map((text) => text.replace(/[\t\n]/g, ' ')),
);
const row = fc
  .tuple(
    fc.array(cellText, { maxLength: 6 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }).filter((text) => /[A-Za-z]/.test(text)),
  )
  .map(([cells, last]) => [...cells, last]);

function readOrFormatError(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(OoxmlFormatError);
    expect((error as OoxmlFormatError).offset).toBeGreaterThanOrEqual(0);
  }
}

describe('OOXML (properties)', () => {
  it('reads back the paragraphs of a generated .docx', () =>
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 10 }), (paragraphs) => {
        // Act
        const result = readDocxText(buildDocx(paragraphs));

        // Assess
        expect(result.paragraphs).toEqual(paragraphs);
      }),
    ));

  it('reads back the rows of a generated .xlsx', () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 &]{0,10}$/), { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(row, { maxLength: 8 }), { minLength: 3, maxLength: 3 }),
        (names, rowsBySheet) => {
          // Prepare
          const sheets = names.map((name, index) => ({ name, rows: rowsBySheet[index] ?? [] }));

          // Act
          const result = readXlsxText(buildXlsx(sheets));

          // Assess
          expect(result.sheets).toEqual(sheets);
        },
      ),
    ));

  it('either reads a truncated or corrupted file or throws an OoxmlFormatError', () =>
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(255),
        fc.boolean(),
        (paragraphs, at, value, truncate) => {
          // Prepare
          const bytes = Buffer.from(buildDocx(paragraphs));
          const position = at % bytes.length;
          const damaged = truncate ? bytes.subarray(0, position) : bytes.fill(value, position, position + 1);

          // Act, Assess
          readOrFormatError(() => readDocxText(damaged));
          readOrFormatError(() => readXlsxText(damaged));
        },
      ),
    ));

  it('never fails with anything but an OoxmlFormatError on arbitrary bytes', () =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        // Act, Assess
        readOrFormatError(() => readDocxText(bytes));
      }),
    ));

  it('reads 1 MB of adversarial markup', () => {
    // Prepare: repetitions that would make a backtracking tokenizer quadratic.
    const seeds = ['<', '<a ', '<a b', '<a b=', '<a b="', '&#', '<w:t>', '<!--', '<![CDATA[', '</', "a='x' "];
    for (const seed of seeds) {
      const xml = `<w:p>${seed.repeat(Math.ceil(1_000_000 / seed.length))}`;

      // Act, Assess
      readOrFormatError(() => readDocxText(zip([{ name: 'word/document.xml', data: xml }])));
    }
  }, 120_000);
});
