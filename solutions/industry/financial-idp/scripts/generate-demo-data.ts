/**
 * Writes demo-data/ deterministically: invoices with a text layer and a line-item table (one consistent in USD, one
 * in JPY, one whose totals do not add up, one whose due date precedes its issue date), a contract, a scanned invoice
 * (TIFF, read by the local OCR service) and a truncated PDF (a failed item).
 * Usage: tsx scripts/generate-demo-data.ts [outDir]
 */
import path from 'node:path';
import { type DemoFiles, type PdfLine, pdfDocument, runDemoDataScript, textImage } from '@fsxn-s3ap/tools/demo-files';

interface InvoiceSpec {
  vendor: string;
  number: string;
  issued: string;
  due: string;
  terms: string;
  currency: string;
  items: [description: string, quantity: number, unitPrice: string, amount: string][];
  subtotal: string;
  tax: string;
  total: string;
}

/** Column positions (points from the left edge) of the line-item table, and where it starts. */
const COLUMNS = [72, 270, 330, 430];
const TABLE_TOP = 320;

/** The line-item table as positioned cells: each row one line of text with wide gaps between its cells. */
function tableLines(rows: readonly (readonly (string | number)[])[]): PdfLine[] {
  return rows.flatMap((row, index) =>
    row.map((cell, column) => ({ text: String(cell), x: COLUMNS[column] ?? 72, y: TABLE_TOP + index * 18 })),
  );
}

function invoicePdf(spec: InvoiceSpec): Promise<Uint8Array> {
  return pdfDocument({
    title: `Invoice ${spec.number}`,
    author: spec.vendor,
    pages: [
      {
        lines: [
          { text: 'INVOICE', size: 18 },
          `Vendor: ${spec.vendor}`,
          `Invoice Number: ${spec.number}`,
          `Invoice Date: ${spec.issued}`,
          `Due Date: ${spec.due}`,
          `Payment Terms: ${spec.terms}`,
          `Currency: ${spec.currency}`,
          'Bill To: Contact: Jane Doe, Example Trading LLC',
          'Remit To Account: IBAN DE89 3704 0044 0532 0130 00',
          `Subtotal: ${spec.subtotal}`,
          `Tax: ${spec.tax}`,
          `Total: ${spec.total}`,
          ...tableLines([['Description', 'Qty', 'Unit Price', 'Amount'], ...spec.items]),
        ],
      },
    ],
  });
}

const INVOICES: Record<string, InvoiceSpec> = {
  'invoices/acme-inv-2024-0001.pdf': {
    vendor: 'Acme Supplies Inc',
    number: 'INV-2024-0001',
    issued: '2024-03-01',
    due: '2024-03-31',
    terms: 'Net 30',
    currency: 'USD',
    items: [
      ['Storage shelves', 4, '125.00', '500.00'],
      ['Cable trays', 10, '12.50', '125.00'],
      ['Installation', 1, '1,375.00', '1,375.00'],
    ],
    subtotal: '2,000.00',
    tax: '160.00',
    total: '2,160.00',
  },
  'invoices/sakura-inv-0420.pdf': {
    vendor: 'Sakura Office Ltd',
    number: 'SK-0420',
    issued: '2024-04-10',
    due: '2024-05-10',
    terms: 'Net 30',
    currency: 'JPY',
    items: [
      ['Copy paper A4', 20, '450', '9,000'],
      ['Toner cartridge', 3, '12,800', '38,400'],
    ],
    subtotal: '47,400',
    tax: '4,740',
    total: '52,140',
  },
  'invoices/globex-inv-7731.pdf': {
    vendor: 'Globex Corp',
    number: 'GX-7731',
    issued: '2024-02-15',
    due: '2024-03-16',
    terms: 'Net 30',
    currency: 'USD',
    items: [
      ['Consulting hours', 12, '150.00', '1,800.00'],
      ['Travel', 1, '240.00', '240.00'],
    ],
    subtotal: '2,050.00',
    tax: '164.00',
    total: '2,224.00',
  },
  'invoices/initech-inv-0042.pdf': {
    vendor: 'Initech LLC',
    number: 'IT-0042',
    issued: '2024-06-20',
    due: '2024-06-05',
    terms: 'Net 15',
    currency: 'EUR',
    items: [['Printer maintenance', 2, '90.00', '180.00']],
    subtotal: '180.00',
    tax: '34.20',
    total: '214.20',
  },
};

function contractPdf(): Promise<Uint8Array> {
  return pdfDocument({
    title: 'Master Services Agreement',
    author: 'Acme Supplies Inc',
    pages: [
      {
        lines: [
          { text: 'MASTER SERVICES AGREEMENT', size: 16 },
          'Agreement Number: MSA-2024-07',
          'Effective Date: 2024-01-15',
          'Parties: Acme Supplies Inc and Example Trading LLC',
          'Term: 24 months from the Effective Date.',
          'Governing Law: State of Delaware',
          'Payment Terms: Net 45',
          '1. Services. The Supplier provides warehouse fit-out services as ordered.',
          '2. Fees. Fees are invoiced monthly in USD.',
          '3. Termination. Either party may terminate with 60 days written notice.',
          'Signed by: Name: John Smith, for Acme Supplies Inc',
        ],
      },
    ],
  });
}

/** A one-page scanned invoice: the local OCR service reads it; no text layer. */
function scannedInvoice(): Uint8Array {
  return textImage({
    format: 'tiff',
    compression: 'packbits',
    lines: [
      'INVOICE',
      'Vendor: Hooli Parts Ltd',
      'Invoice Number: HP-118',
      'Invoice Date: 2024-05-02',
      'Due Date: 2024-05-16',
      'Payment Terms: Net 14',
      'Currency: USD',
      'Subtotal: 300.00',
      'Tax: 24.00',
      'Total: 324.00',
    ],
  });
}

/** Every demo file by its path under demo-data/. */
export async function demoFiles(): Promise<DemoFiles> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, spec] of Object.entries(INVOICES)) files[name] = await invoicePdf(spec);
  files['contracts/acme-msa-2024.pdf'] = await contractPdf();
  files['scanned/hooli-inv-118.tiff'] = scannedInvoice();
  const whole = files['invoices/acme-inv-2024-0001.pdf'] as Uint8Array;
  // The first 40 % of a valid invoice: no cross-reference table, no trailer.
  files['invoices/truncated-inv-9999.pdf'] = whole.subarray(0, Math.floor(whole.length * 0.4));
  return files;
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
