import { extractInvoice, lineItemTable } from '../../../src/domain/fields';
import { INVOICE_LINES, ocrOf } from '../ocr-text';

describe('extractInvoice', () => {
  it('reads the form fields and the line-item table in minor units', async () => {
    const { fields, findings } = extractInvoice(await ocrOf(INVOICE_LINES));
    expect(findings).toEqual([]);
    expect(fields).toEqual({
      vendor: 'Acme Supplies Inc',
      invoiceNumber: 'INV-1',
      issueDate: '2024-03-01',
      dueDate: '2024-03-31',
      paymentTerms: 'Net 30',
      currency: 'USD',
      subtotal: 200000,
      tax: 16000,
      total: 216000,
      lineItems: [
        { description: 'Storage shelves', quantity: 4, unitPrice: 12500, amount: 50000 },
        { description: 'Installation', quantity: 1, unitPrice: 150000, amount: 150000 },
      ],
    });
  });

  it('reads totals printed inside the table and takes the currency from a symbol', async () => {
    const ocr = await ocrOf([
      'Invoice No: 7',
      '',
      'Item  Amount',
      'Widget  $10.00',
      'Subtotal  $10.00',
      'Total  $10.80',
    ]);
    const { fields } = extractInvoice({ ...ocr, keyValues: [{ key: 'Total', value: '$10.80', confidence: 99 }] });
    expect(fields).toMatchObject({ currency: 'USD', subtotal: 1000, total: 1080, lineItems: [{ amount: 1000 }] });
  });

  it('takes the vendor from an ORGANIZATION entity when no field names it', async () => {
    const ocr = await ocrOf(INVOICE_LINES.filter((line) => !line.startsWith('Vendor')));
    expect(extractInvoice(ocr, ['Globex Corp']).fields.vendor).toBe('Globex Corp');
  });

  it('turns unreadable amounts and dates into findings instead of guesses', async () => {
    const ocr = await ocrOf(
      INVOICE_LINES.map((line) =>
        line.startsWith('Tax') ? 'Tax: 16O.00' : line.startsWith('Due Date') ? 'Due Date: 31/03/2024' : line,
      ),
    );
    const { fields, findings } = extractInvoice(ocr);
    expect(fields.tax).toBeUndefined();
    expect(fields.dueDate).toBeUndefined();
    expect(findings.map((finding) => [finding.rule, finding.field])).toEqual([
      ['unreadable-date', 'dueDate'],
      ['unreadable-amount', 'tax'],
    ]);
  });

  it('stops at an unknown currency: no amount is read without one', async () => {
    const ocr = await ocrOf(INVOICE_LINES.map((line) => (line.startsWith('Currency') ? 'Currency: Doubloons' : line)));
    const { fields, findings } = extractInvoice(ocr);
    expect(fields.total).toBeUndefined();
    expect(findings.map((finding) => finding.rule)).toEqual(['unknown-currency']);
  });

  it('finds no line-item table without a description and an amount column', () => {
    expect(lineItemTable([{ rows: [['Name', 'Phone']], confidence: 90 }])).toBeUndefined();
  });
});
