import { classifyDocument, MIN_SCORE } from '../../../src/domain/classify';
import { INVOICE_LINES, ocrOf } from '../ocr-text';

describe('classifyDocument', () => {
  it('classifies an invoice by its title, fields and table', async () => {
    expect(classifyDocument(await ocrOf(INVOICE_LINES))).toMatchObject({ kind: 'invoice', contractScore: 0 });
  });

  it('classifies a contract by its title, clauses and fields', async () => {
    const lines = [
      'SERVICE AGREEMENT',
      'Parties: A and B',
      'Effective Date: 2024-01-01',
      'Either party may terminate.',
    ];
    expect(classifyDocument(await ocrOf(lines))).toEqual({ kind: 'contract', invoiceScore: 0, contractScore: 5 });
  });

  it('leaves a document with too few or balanced signals unclassified', async () => {
    expect(classifyDocument(await ocrOf(['Minutes of the meeting']))).toMatchObject({ kind: 'unknown' });
    const both = ['INVOICE AND AGREEMENT', 'Term: 1 year', 'Subtotal: 1.00'];
    expect(classifyDocument(await ocrOf(both))).toEqual({ kind: 'unknown', invoiceScore: 3, contractScore: 3 });
    expect(MIN_SCORE).toBe(3);
  });
});
