import { DemoDocumentOcr } from '../../../src/ai';
import { ValidationError } from '../../../src/errors';
import { pngBytes } from './image-bytes';

const ocr = new DemoDocumentOcr();
const encode = (text: string) => new TextEncoder().encode(text);

describe('DemoDocumentOcr', () => {
  it('reads UTF-8 text as is, one line per non-blank line', async () => {
    // Prepare
    const bytes = encode('請求書\r\n\nInvoice No: INV-7  \nTotal：¥12,000\nSee https://example.com/x\n');

    // Act
    const result = await ocr.analyze({ bytes });

    // Assess
    expect(result.text).toBe('請求書\nInvoice No: INV-7\nTotal：¥12,000\nSee https://example.com/x');
    expect(result.lines.map((line) => line.text)).toEqual(result.text.split('\n'));
    expect(result.keyValues.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'Invoice No', value: 'INV-7' },
      { key: 'Total', value: '¥12,000' },
    ]);
  });

  it('gives text lines confidences between 95 and 99.9 and reuses them for key-value pairs', async () => {
    // Prepare, Act
    const result = await ocr.analyze({ bytes: encode('Name: Jane\nCity: Kyoto') });

    // Assess
    for (const line of result.lines) {
      expect(line.confidence).toBeGreaterThanOrEqual(95);
      expect(line.confidence).toBeLessThanOrEqual(99.9);
    }
    expect(result.keyValues[0]?.confidence).toBe(result.lines[0]?.confidence);
  });

  it('recovers printable runs from binary content with lower confidences', async () => {
    // Prepare
    const bytes = Uint8Array.from([
      0x00,
      0x01,
      ...encode('Serial: AB-99'),
      0xff,
      0x02,
      ...encode('abc'),
      0x00,
      ...encode('Model X200'),
    ]);

    // Act
    const result = await ocr.analyze({ bytes });

    // Assess
    expect(result.lines.map((line) => line.text)).toEqual(['Serial: AB-99', 'Model X200']);
    expect(result.source).toBe('ocr');
    expect(result.keyValues).toEqual([{ key: 'Serial', value: 'AB-99', confidence: expect.any(Number) }]);
    for (const line of result.lines) expect(line.confidence).toBeLessThanOrEqual(85);
  });

  it('returns the same result for the same bytes', async () => {
    // Prepare
    const bytes = encode('Name: Jane\nItem  Qty\nPen  2');

    // Act
    const first = await ocr.analyze({ bytes });
    const second = await ocr.analyze({ bytes });

    // Assess
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      source: 'text-layer',
      pages: 1,
      tables: [
        {
          rows: [
            ['Item', 'Qty'],
            ['Pen', '2'],
          ],
        },
      ],
    });
  });

  it('reads an image as nothing (source none, confidence 0) when there is no OCR endpoint', async () => {
    // Prepare
    const bytes = pngBytes(10, 10);

    // Act
    const result = await ocr.analyze({ bytes });

    // Assess
    expect(result).toEqual({ text: '', lines: [], keyValues: [], tables: [], pages: 1, source: 'none', confidence: 0 });
  });

  it('rejects empty bytes with a ValidationError', async () => {
    // Prepare, Act
    const outcome = ocr.analyze({ bytes: new Uint8Array(0) });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
  });
});
