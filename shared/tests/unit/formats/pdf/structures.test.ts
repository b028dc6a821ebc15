import { deflateSync } from 'node:zlib';
import { extractPdfText } from '../../../../src/formats/pdf';
import { onePage, rawPdf, stream } from './pdf-builders';

const F1 = '<< /Font << /F1 5 0 R >> >>';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const linesOf = (bytes: Uint8Array) => extractPdfText(bytes).pages.map((page) => page.lines);

describe('extractPdfText on hand-written structures', () => {
  it('applies /Differences and StandardEncoding to a simple font', () => {
    // Prepare
    const font =
      '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Differences ' +
      '[65 /Eacute /uni20AC /u1F600 /germandbls.sc /nosuchglyph] >> >>';
    const bytes = onePage("BT /F1 12 Tf 72 700 Td (ABCDE it's) Tj ET", F1, [font]);

    // Act, Assess
    expect(linesOf(bytes)).toEqual([['É€😀ßE it’s']]);
  });

  it('breaks lines on Td, TD, T*, Tm, quote operators and joins kerned TJ pieces', () => {
    // Prepare
    const content = [
      'BT /F1 10 Tf 14 TL 50 750 Td (first) Tj',
      'T* (second) Tj 0 -14 TD (third) Tj',
      '(fourth) \' 2 0 (fifth) "',
      '1 0 0 1 50 650 Tm [(Hel) -20 (lo) -400 (World)] TJ',
      '1 0 0 1 50 600 Tm (Name) Tj 1 0 0 1 200 600 Tm (Qty) Tj ET',
    ].join('\n');

    // Act, Assess
    expect(linesOf(onePage(content, F1, [HELVETICA]))).toEqual([
      ['first', 'second', 'third', 'fourth', 'fifth', 'Hello World', 'Name  Qty'],
    ]);
  });

  it('decodes literal strings with escapes, octal codes, nested parentheses and names with #xx escapes', () => {
    // Prepare
    const content = 'BT /F#31 10 Tf 50 700 Td (a \\(b\\) (c) \\\\ \\101\\102C \\\nd) Tj ET';

    // Act, Assess
    expect(linesOf(onePage(content, F1, [HELVETICA]))).toEqual([['a (b) (c) \\ ABC d']]);
  });

  it('orders lines top to bottom whatever order the content draws them in', () => {
    // Prepare
    const content = 'BT /F1 10 Tf 50 100 Td (bottom) Tj ET BT /F1 10 Tf 50 700 Td (top) Tj ET';

    // Act, Assess
    expect(linesOf(onePage(content, F1, [HELVETICA]))).toEqual([['top', 'bottom']]);
  });

  it('reads ToUnicode bfchar and bfrange (both forms) in a Type0 font with 2-byte codes', () => {
    // Prepare
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      '2 beginbfchar <0001> <0048> <0002> <D83DDE00> endbfchar',
      '2 beginbfrange <0010> <0012> <0061> <0020> <0021> [<0020> <00E9>] endbfrange',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const font =
      '<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>';
    const cid = '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 1000 /W [1 [500 600] 16 18 550] >>';
    const content = 'BT /F1 10 Tf 50 700 Td <0001001000110012002000210002> Tj ET';

    // Act, Assess
    expect(linesOf(onePage(content, F1, [font, cid, stream('', cmap, true)]))).toEqual([['Habc é😀']]);
  });

  it('reads text in form XObjects and skips inline images and image-only filters', () => {
    // Prepare
    const form = stream(
      '/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F1 5 0 R >> >>',
      'BT /F1 10 Tf 50 700 Td (in the form) Tj ET /Self Do',
    );
    const image = stream('/Type /XObject /Subtype /Form /Filter /DCTDecode', 'binary');
    const content =
      'BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\x01 EI BT /F1 10 Tf 50 700 Td (page) Tj ET /Fm1 Do /Img Do /None Do';
    const resources = '<< /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R /Img 7 0 R >> >>';

    // Act
    const result = linesOf(onePage(content, resources, [HELVETICA, form, image]));

    // Assess
    expect(result).toEqual([['page', 'in the form']]);
  });

  it('decodes ASCII85 + Flate chains and ASCIIHex streams', () => {
    // Prepare
    const a85 = Buffer.from(`${ascii85(deflateSync('BT /F1 10 Tf 50 700 Td (eighty-five) Tj ET'))}~>`, 'latin1');
    const hex = `${Buffer.from('BT /F1 10 Tf 50 600 Td (hex) Tj ET').toString('hex')}>`;
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources ${F1} >>`,
      '<< /Type /Page /Parent 2 0 R /Contents [4 0 R 6 0 R] >>',
      stream('/Filter [/ASCII85Decode /FlateDecode]', a85),
      HELVETICA,
      stream('/Filter /ASCIIHexDecode', hex),
    ]);

    // Act, Assess
    expect(linesOf(bytes)).toEqual([['eighty-five', 'hex']]);
  });

  it('walks nested page trees with inherited resources and survives a cycle in /Kids', () => {
    // Prepare
    const page = (text: string) => `<< /Type /Page /Contents ${text} >>`;
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources << /Font << /F1 6 0 R >> >> >>',
      '<< /Type /Pages /Kids [5 0 R 2 0 R] /Count 1 >>',
      page('7 0 R'),
      page('8 0 R'),
      HELVETICA,
      stream('', 'BT /F1 10 Tf 50 700 Td (second) Tj ET'),
      stream('', 'BT /F1 10 Tf 50 700 Td (first) Tj ET'),
    ]);

    // Act, Assess
    expect(linesOf(bytes)).toEqual([['first'], ['second']]);
  });

  it('decodes UTF-16 and PDFDocEncoding info strings and PDF dates', () => {
    // Prepare
    const title = `<FEFF${Buffer.from('請求書', 'utf16le').swap16().toString('hex')}>`;
    const info = `<< /Title ${title} /Author (Caf\\351 \\223Q\\224) /CreationDate (D:20240131093000+09'00') /ModDate (yesterday) >>`;
    const bytes = onePage('', '<< >>', [info], '/Info 5 0 R');

    // Act
    const result = extractPdfText(bytes);

    // Assess
    expect(result.info).toEqual({
      title: '請求書',
      author: 'Café “Q”',
      creationDate: '2024-01-31T09:30:00+09:00',
      modDate: 'yesterday',
    });
    expect(result.hasTextLayer).toBe(false);
  });
});

function ascii85(data: Buffer): string {
  let out = '';
  for (let start = 0; start < data.length; start += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, start, start + 4);
    let value = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    const count = Math.min(4, data.length - start) + 1;
    out += count === 5 && digits.every((digit) => digit === '!') ? 'z' : digits.slice(0, count).join('');
  }
  return out;
}
