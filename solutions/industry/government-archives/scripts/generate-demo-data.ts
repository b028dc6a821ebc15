/**
 * Writes demo-data/ deterministically: records under archives/ that map to each retention schedule, with fake
 * personal data (Luhn-valid card numbers, SSNs, e-mails, phones): PDFs with a text layer, a scanned TIFF memo (read
 * by the local OCR service), a mail, a Word and an Excel file, plus two failed items (a truncated PDF and an
 * Outlook .msg, which this pattern does not read).
 * Usage: tsx scripts/generate-demo-data.ts [outDir]
 */
import path from 'node:path';
import {
  type DemoFiles,
  docxDocument,
  emlMessage,
  pdfDocument,
  runDemoDataScript,
  textImage,
  xlsxWorkbook,
} from '@fsxn-s3ap/tools/demo-files';

function personnelFile(): Promise<Uint8Array> {
  return pdfDocument({
    title: 'Personnel file 0142',
    pages: [
      {
        lines: [
          { text: 'PERSONNEL ACTION RECORD', size: 16 },
          'Employee: Name: Jordan Example',
          'SSN: 123-45-6789',
          'Work e-mail: jordan.example@agency.example.gov',
          'Phone: (202) 555-0142',
          'Action: reassignment to the records management office',
        ],
      },
    ],
  });
}

function vacancyAnnouncement(): Promise<Uint8Array> {
  return pdfDocument({
    title: 'Vacancy announcement ARC-2026-07',
    pages: [
      {
        lines: [
          { text: 'VACANCY ANNOUNCEMENT ARC-2026-07', size: 16 },
          'Position: Archives Technician, GS-1421-07',
          'Open period: two weeks from publication',
          'Duties: describe, arrange and preserve permanent records.',
          'Applications are accepted through the public jobs portal.',
        ],
      },
    ],
  });
}

function paymentLedger(): Promise<Uint8Array> {
  return pdfDocument({
    title: 'Purchase card ledger Q3',
    pages: [
      {
        lines: [
          { text: 'PURCHASE CARD LEDGER, THIRD QUARTER', size: 16 },
          'Card 4111 1111 1111 1111 - archival boxes - 412.50 USD',
          'Card 5500 0000 0000 0004 - scanner maintenance - 1,280.00 USD',
          'Approving official: ledger@agency.example.gov',
        ],
      },
    ],
  });
}

/** A short memo as a PackBits TIFF: no text layer, so the OCR port reads it. */
function scannedMemo(): Uint8Array {
  return textImage({
    lines: ['MEMORANDUM FOR THE RECORD', 'Subject: records transfer', 'Disposition: GRS 2.1'],
    format: 'tiff',
    compression: 'packbits',
  });
}

function citizenLetter(): Uint8Array {
  return emlMessage({
    from: 'Pat Citizen <pat.citizen@example.com>',
    to: 'foia-office@agency.example.gov',
    subject: 'Request for copies of 1998 survey maps',
    date: '2026-03-02T09:30:00Z',
    text: 'Dear records officer,\n\nplease send copies of the 1998 survey maps.\nYou can reach me at (415) 555-0199.\n\nRegards,\nPat Citizen\n',
  });
}

function annualReport(): Uint8Array {
  return docxDocument({
    paragraphs: [
      { text: 'Records Program Annual Report', bold: true },
      'INTERNAL USE ONLY',
      'The program transferred 1,240 cubic feet of permanent records this year.',
      'Digitisation of the map collection reached 60 percent.',
    ],
  });
}

function budgetWorkbook(): Uint8Array {
  return xlsxWorkbook({
    sheets: [
      {
        name: 'Budget',
        rows: [
          ['Line item', 'Fiscal year', 'Amount (USD)'],
          ['Storage', 2026, 182000],
          ['Digitisation', 2026, 95000],
          ['Conservation supplies', 2026, 12500],
        ],
      },
    ],
  });
}

/** The start of a compound binary file (Outlook .msg): the pattern reports it as unsupported. */
function outlookMessage(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

/** Every file of demo-data/, by path relative to it. */
export async function demoFiles(): Promise<DemoFiles> {
  const whole = await personnelFile();
  return {
    'archives/personnel/employee-file-0142.pdf': whole,
    // The first 40 % of a valid PDF: no cross-reference table, no trailer.
    'archives/personnel/truncated-scan.pdf': whole.subarray(0, Math.floor(whole.length * 0.4)),
    'archives/acquisition/vacancy-announcement.pdf': await vacancyAnnouncement(),
    'archives/financial/purchase-card-ledger.pdf': await paymentLedger(),
    'archives/memos/scanned-memo.tif': scannedMemo(),
    'archives/correspondence/citizen-letter.eml': citizenLetter(),
    'archives/reports/annual-report.docx': annualReport(),
    'archives/financial/budget-2026.xlsx': budgetWorkbook(),
    'archives/correspondence/outlook-message.msg': outlookMessage(),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
