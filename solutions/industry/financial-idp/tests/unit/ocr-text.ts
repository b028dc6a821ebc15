/** OCR results of plain text for tests: the DemoMode reader takes `Key: value` lines and column-separated tables. */
import { DemoDocumentOcr, type OcrResult } from '@fsxn-s3ap/shared/ai';

export function ocrOf(lines: readonly string[]): Promise<OcrResult> {
  return new DemoDocumentOcr({}).analyze({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

/** A consistent USD invoice as text (the fields the demo invoices carry). */
export const INVOICE_LINES = [
  'INVOICE',
  'Vendor: Acme Supplies Inc',
  'Invoice Number: INV-1',
  'Invoice Date: 2024-03-01',
  'Due Date: 2024-03-31',
  'Payment Terms: Net 30',
  'Currency: USD',
  'Subtotal: 2,000.00',
  'Tax: 160.00',
  'Total: 2,160.00',
  '',
  'Description  Qty  Unit Price  Amount',
  'Storage shelves  4  125.00  500.00',
  'Installation  1  1,500.00  1,500.00',
];
