import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { columnName, DemoFileError, docxDocument, xlsxWorkbook } from '../../src/demo-files';

function entries(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('docxDocument', () => {
  it('writes the parts Word needs, with the paragraphs escaped', () => {
    // Act
    const parts = entries(docxDocument({ paragraphs: ['Contract <A&B>', { text: 'Total\nDue', bold: true }] }));
    // Assess
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(parts['_rels/.rels']).toContain('Target="word/document.xml"');
    const document = parts['word/document.xml'] ?? '';
    expect(document).toContain('Contract &lt;A&amp;B&gt;');
    expect(document).toContain('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Total</w:t><w:br/>');
  });

  it('writes the same entry times in every time zone', () => {
    // Arrange
    const zone = process.env.TZ;
    const here = docxDocument({ paragraphs: ['a'] });
    // Act
    process.env.TZ = zone === 'Pacific/Kiritimati' ? 'America/Adak' : 'Pacific/Kiritimati';
    const elsewhere = docxDocument({ paragraphs: ['a'] });
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    // Assess
    expect(Buffer.from(elsewhere).equals(Buffer.from(here))).toBe(true);
  });

  it('is deterministic and rejects characters XML cannot hold', () => {
    // Act / Assess
    expect(
      Buffer.from(docxDocument({ paragraphs: ['a'] })).equals(Buffer.from(docxDocument({ paragraphs: ['a'] }))),
    ).toBe(true);
    expect(() => docxDocument({ paragraphs: ['bell \u0007'] })).toThrow(DemoFileError);
  });
});

describe('xlsxWorkbook', () => {
  it('writes one worksheet per sheet with typed cells', () => {
    // Act
    const parts = entries(
      xlsxWorkbook({
        sheets: [
          {
            name: 'Orders',
            rows: [
              ['id', 'amount', 'paid'],
              ['A-1', 12.5, true],
              [null, -3, false],
            ],
          },
          { name: 'Empty', rows: [] },
        ],
      }),
    );
    // Assess
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet2.xml');
    expect(parts['xl/workbook.xml']).toContain('<sheet name="Orders" sheetId="1" r:id="rId1"/>');
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet2.xml"');
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">A-1</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>12.5</v></c><c r="C2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<row r="3"><c r="B3"><v>-3</v></c>');
  });

  it.each([
    [[], /at least one sheet/],
    [[{ name: 'a/b', rows: [] }], /sheet name "a\/b"/],
    [[{ name: 'x'.repeat(32), rows: [] }], /1-31 characters/],
    [
      [
        { name: 'S', rows: [] },
        { name: 's', rows: [] },
      ],
      /repeated/,
    ],
    [[{ name: 'S', rows: [[Number.NaN]] }], /cell A1: a number must be finite/],
  ])('rejects sheets %o with a DemoFileError', (sheets, message) => {
    // Act / Assess
    expect(() => xlsxWorkbook({ sheets })).toThrow(DemoFileError);
    expect(() => xlsxWorkbook({ sheets })).toThrow(message);
  });
});

describe('columnName', () => {
  it('names columns in bijective base 26', () => {
    // Assess
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    fc.assert(
      fc.property(fc.nat(20000), (index) => {
        const name = columnName(index);
        const back = [...name].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0) - 1;
        expect(back).toBe(index);
      }),
    );
  });
});
