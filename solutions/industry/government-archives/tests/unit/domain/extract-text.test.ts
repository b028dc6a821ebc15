import { DemoDocumentOcr, DemoEntityExtractor, type EntityExtractor } from '@fsxn-s3ap/shared/ai';
import { docxDocument, emlMessage, xlsxWorkbook } from '@fsxn-s3ap/tools/demo-files';
import fc from 'fast-check';
import { extractText, recordKindOf } from '../../../src/domain/extract-text';
import { chunkEnd, scanPii } from '../../../src/domain/pii-scan';

const ocr = new DemoDocumentOcr({});
const options = { pageThreshold: 10 };

describe('record text', () => {
  it.each([
    ['a/b.PDF', 'pdf'],
    ['a/scan.tif', 'tiff'],
    ['a/scan.TIFF', 'tiff'],
    ['m.eml', 'eml'],
    ['m.msg', 'msg'],
    ['w.docx', 'docx'],
    ['x.xlsx', 'xlsx'],
    ['n.txt', undefined],
  ])('%s is %s', (key, kind) => {
    // Assess
    expect(recordKindOf(key)).toBe(kind);
  });

  it('reads mail, Word and Excel files', async () => {
    // Prepare
    const eml = emlMessage({
      from: 'a@example.com',
      to: 'b@example.com',
      subject: 'Maps',
      date: '2026-01-01',
      text: 'Body',
    });
    const docx = docxDocument({ paragraphs: ['Hello', 'World'] });
    const xlsx = xlsxWorkbook({ sheets: [{ name: 'S', rows: [['Item', 3]] }] });

    // Act
    const mail = await extractText('eml', eml, ocr, options);
    const word = await extractText('docx', docx, ocr, options);
    const sheet = await extractText('xlsx', xlsx, ocr, options);

    // Assess
    expect(mail).toMatchObject({ source: 'eml', confidence: 100 });
    expect(mail.text).toContain('Maps');
    expect(mail.text).toContain('Body');
    expect(word.text).toContain('World');
    expect(sheet.text).toContain('Item');
  });

  it('names corrupt Office files and unsupported .msg files', async () => {
    // Assess
    await expect(extractText('docx', new Uint8Array([1, 2, 3]), ocr, options)).rejects.toMatchObject({
      name: 'OoxmlFormatError',
    });
    await expect(extractText('msg', new Uint8Array(8), ocr, options)).rejects.toMatchObject({
      name: 'UnsupportedFormatError',
    });
  });
});

describe('personal data in chunks', () => {
  it('finds the same spans in chunks as in one request', async () => {
    // Prepare
    const text = 'Call (202) 555-0142 or mail jane@example.com. SSN 123-45-6789.\n'.repeat(30);
    const extractor = new DemoEntityExtractor();

    // Act
    const whole = await scanPii(extractor, text, text.length);
    const chunked = await scanPii(extractor, text, 200);

    // Assess
    expect(chunked).toEqual(whole);
    expect(whole.length).toBe(90);
  });

  it('covers the text with chunks that end at a break when there is one, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
        let start = 0;
        let chunks = 0;
        while (start < text.length) {
          const end = chunkEnd(text, start, size);
          expect(end).toBeGreaterThan(start);
          expect(end - start).toBeLessThanOrEqual(size);
          const last = text.charCodeAt(end - 1);
          if (end < text.length) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
          start = end;
          chunks += 1;
        }
        expect(chunks).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('asks the extractor once per chunk with offsets shifted back', async () => {
    // Prepare
    const calls: string[] = [];
    const extractor: EntityExtractor = {
      detectEntities: async () => [],
      detectPii: async ({ text }) => {
        calls.push(text);
        return [{ type: 'EMAIL', score: 1, beginOffset: 0, endOffset: 1 }];
      },
    };

    // Act
    const found = await scanPii(extractor, 'aaaa bbbb cccc', 5);

    // Assess
    expect(calls).toEqual(['aaaa ', 'bbbb ', 'cccc']);
    expect(found.map((entity) => entity.beginOffset)).toEqual([0, 5, 10]);
  });
});
