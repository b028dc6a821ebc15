import { OoxmlFormatError, readDocxText, readXlsxText } from '../../../../src/formats/ooxml';
import { buildDocx, buildXlsx, zip } from './build-ooxml';

function failure(read: () => unknown): OoxmlFormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof OoxmlFormatError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('readDocxText', () => {
  it('reads paragraphs with tabs, breaks and references, skipping empty ones', () => {
    // Prepare
    const bytes = buildDocx(['Claim no.\t12 & <34>', '', 'Line one\nLine two']);

    // Act
    const result = readDocxText(bytes);

    // Assess
    expect(result).toEqual({
      paragraphs: ['Claim no.\t12 & <34>', 'Line one\nLine two'],
      text: 'Claim no.\t12 & <34>\nLine one\nLine two',
    });
  });

  it('reads CDATA, character references and text after the last paragraph, and skips comments', () => {
    // Prepare
    const xml =
      "<?xml version='1.0'?><!DOCTYPE x><w:document><!-- c --><w:p><w:r><w:t><![CDATA[a<b]]>&#233;&#x1F600;&bogus;</w:t></w:r></w:p><w:r><w:t a = 'x'>tail</w:t></w:r></w:document>";
    const bytes = zip([{ name: 'word/document.xml', data: xml }]);

    // Act, Assess
    expect(readDocxText(bytes).paragraphs).toEqual(['a<bé😀&bogus;', 'tail']);
  });
});

describe('readXlsxText', () => {
  it('reads shared, inline, numeric and boolean cells as rows, in workbook order', () => {
    // Prepare
    const bytes = buildXlsx([
      {
        name: 'Claims',
        rows: [
          ['id', 'name', 'amount'],
          ['1', 'Jane', '12.5'],
          ['', '', ''],
          ['2', '', 'x'],
        ],
      },
      { name: 'Notes & more', rows: [['hello']] },
    ]);

    // Act
    const result = readXlsxText(bytes);

    // Assess
    expect(result.sheets).toEqual([
      {
        name: 'Claims',
        rows: [
          ['id', 'name', 'amount'],
          ['1', 'Jane', '12.5'],
          ['2', '', 'x'],
        ],
      },
      { name: 'Notes & more', rows: [['hello']] },
    ]);
    expect(result.text).toBe('Claims\nid\tname\tamount\n1\tJane\t12.5\n2\t\tx\n\nNotes & more\nhello');
  });

  it('reads booleans, cells without references and absolute targets, without shared strings', () => {
    // Prepare
    const bytes = zip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="r1"/></sheets></workbook>' },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: '<Relationships><Relationship Id="r1" Target="/xl/s.xml"/></Relationships>',
      },
      {
        name: 'xl/s.xml',
        data: '<sheetData><row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="str"><v>f</v></c></row></sheetData>',
      },
    ]);

    // Act, Assess
    expect(readXlsxText(bytes).sheets).toEqual([{ name: 'S', rows: [['TRUE', 'FALSE', 'f']] }]);
  });
});

describe('OOXML errors', () => {
  const docx = buildDocx(['hello']);
  const sheet = (cells: string) =>
    zip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="r1"/></sheets></workbook>' },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: '<Relationships><Relationship Id="r1" Target="s.xml"/></Relationships>',
      },
      { name: 'xl/s.xml', data: `<sheetData><row>${cells}</row></sheetData>` },
    ]);

  it.each([
    ['an empty file', () => readDocxText(Buffer.alloc(0)), /File is empty/],
    ['a file over the size limit', () => readDocxText(docx, { maxBytes: 10 }), /at most 10 are read/],
    [
      'bytes that are not a zip',
      () => readDocxText(Buffer.from('PK not really a zip file at all')),
      /Not a zip archive/,
    ],
    ['a zip without the document', () => readDocxText(zip([{ name: 'a.txt', data: 'x' }])), /no word\/document.xml/],
    ['too many entries', () => readDocxText(docx, { maxEntries: 1 }), /2 entries; at most 1/],
    ['a total over the inflate budget', () => readDocxText(docx, { maxUncompressedBytes: 50 }), /more than 50 bytes/],
    [
      'an entry inflating beyond its declared size (zip bomb)',
      () => readDocxText(zip([{ name: 'word/document.xml', data: Buffer.alloc(10_000_000), declaredSize: 1000 }])),
      /inflates beyond its declared size/,
    ],
    [
      'an entry inflating to less than declared',
      () => readDocxText(zip([{ name: 'word/document.xml', data: 'abc', declaredSize: 10 }])),
      /inflates to 3 bytes, not the declared 10/,
    ],
    [
      'a stored entry of the wrong size',
      () => readDocxText(zip([{ name: 'word/document.xml', data: 'abc', method: 0, declaredSize: 4 }])),
      /wrong size/,
    ],
    [
      'unterminated markup',
      () => readDocxText(zip([{ name: 'word/document.xml', data: '<w:p><w:t' }])),
      /Unterminated tag/,
    ],
    [
      'an unquoted attribute',
      () => readDocxText(zip([{ name: 'word/document.xml', data: '<w:p a=1>' }])),
      /Unquoted attribute/,
    ],
    [
      'an attribute without a value',
      () => readDocxText(zip([{ name: 'word/document.xml', data: '<w:p a>' }])),
      /Malformed attribute/,
    ],
    ['a nameless tag', () => readDocxText(zip([{ name: 'word/document.xml', data: '< >' }])), /Tag without a name/],
    ['an unclosed comment', () => readDocxText(zip([{ name: 'word/document.xml', data: '<!-- x' }])), /"-->" expected/],
    ['a missing shared string', () => readXlsxText(sheet('<c t="s"><v>7</v></c>')), /Shared string 7 does not exist/],
    ['a bad cell reference', () => readXlsxText(sheet('<c r="ZZZZ1"><v>1</v></c>')), /Bad cell reference "ZZZZ1"/],
    ['too many cells', () => readXlsxText(sheet('<c><v>1</v></c><c><v>2</v></c>'), { maxCells: 1 }), /More cells/],
  ])('rejects %s with an OoxmlFormatError', (_, read, message) => {
    // Act
    const error = failure(read);

    // Assess
    expect(error.name).toBe('OoxmlFormatError');
    expect(error.message).toMatch(message);
    expect(error.offset).toBeGreaterThanOrEqual(0);
  });

  it('rejects corrupt deflate data, a failed CRC and an unknown compression method', () => {
    // Prepare
    const good = zip([{ name: 'word/document.xml', data: '<w:p><w:t>hello world</w:t></w:p>' }]);
    const dataStart = 30 + 'word/document.xml'.length;
    const garbled = Buffer.from(good);
    garbled.fill(0xff, dataStart, dataStart + 4);
    const crc = Buffer.from(good);
    crc.writeUInt32LE(0, good.length - 22 - 46 - 'word/document.xml'.length + 16);
    const method = Buffer.from(good);
    method.writeUInt16LE(12, good.length - 22 - 46 - 'word/document.xml'.length + 10);

    // Act, Assess
    expect(failure(() => readDocxText(garbled)).message).toMatch(/not valid deflate data|CRC-32|declared/);
    expect(failure(() => readDocxText(crc)).message).toMatch(/fails its CRC-32 check/);
    expect(failure(() => readDocxText(method)).message).toMatch(/compression method 12/);
  });

  it('rejects encrypted entries, ZIP64 and a broken central directory', () => {
    // Prepare
    const good = zip([{ name: 'word/document.xml', data: '<w:p/>' }]);
    const central = good.length - 22 - 46 - 'word/document.xml'.length;
    const encrypted = Buffer.from(good);
    encrypted.writeUInt16LE(0x801, central + 8);
    const zip64 = Buffer.from(good);
    zip64.writeUInt32LE(0xffffffff, good.length - 22 + 16);
    const broken = Buffer.from(good);
    broken.writeUInt32LE(0, central);
    const local = Buffer.from(good);
    local.writeUInt32LE(0, 0);

    // Act, Assess
    expect(failure(() => readDocxText(encrypted)).message).toMatch(/is encrypted/);
    expect(failure(() => readDocxText(zip64)).message).toMatch(/ZIP64/);
    expect(failure(() => readDocxText(broken)).message).toMatch(/Corrupt central directory entry/);
    expect(failure(() => readDocxText(local)).message).toMatch(/Corrupt local header/);
  });
});
