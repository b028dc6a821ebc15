import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { RESULT_SUFFIX, REVIEW_SUFFIX, SUMMARY_SUFFIX } from '../../src/domain/financial-idp';
import type { IdpSummary } from '../../src/domain/idp-summary';

type IdpReport = RunReport<IdpSummary>;
const REPORT_SUFFIX = '_report.json';
const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const DEMO_FILES = (readdirSync(DEMO_DIR, { recursive: true }) as string[])
  .filter((file) => statSync(path.join(DEMO_DIR, file)).isFile())
  .sort();

interface ExtractionOutput {
  key: string;
  documentType: string;
  pii: { containsPii: boolean; piiTypes: string[] };
  ocr: { source: string };
  invoice?: Record<string, unknown>;
  contract?: Record<string, unknown>;
  findings: { rule: string; message: string }[];
  decision: string;
}

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  const outputsOf = <T>(kind: string, suffix: string): T[] =>
    run.outputs
      .filter((output) => output.key.startsWith(`${kind}/`) && output.key.endsWith(suffix))
      .map((output) => run.readJson<T>(output.key));
  const resultOf = (key: string) =>
    outputsOf<ExtractionOutput>('results', RESULT_SUFFIX).find((result) => result.key === key);

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  it('succeeds', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('extracts the fields of a consistent invoice in minor units and approves it', () => {
    expect(resultOf('invoices/acme-inv-2024-0001.pdf')).toMatchObject({
      documentType: 'invoice',
      ocr: { source: 'text-layer' },
      invoice: {
        vendor: 'Acme Supplies Inc',
        invoiceNumber: 'INV-2024-0001',
        issueDate: '2024-03-01',
        dueDate: '2024-03-31',
        paymentTerms: 'Net 30',
        currency: 'USD',
        subtotal: 200000,
        tax: 16000,
        total: 216000,
        lineItems: [
          { description: 'Storage shelves', quantity: 4, unitPrice: 12500, amount: 50000 },
          { description: 'Cable trays', quantity: 10, unitPrice: 1250, amount: 12500 },
          { description: 'Installation', quantity: 1, unitPrice: 137500, amount: 137500 },
        ],
      },
      findings: [],
      decision: 'AUTO_APPROVE',
      // The invoice names a contact and an account: the output says it holds personal data.
      pii: { containsPii: true },
    });
    expect(resultOf('invoices/sakura-inv-0420.pdf')).toMatchObject({
      invoice: { currency: 'JPY', subtotal: 47400, tax: 4740, total: 52140 },
      decision: 'AUTO_APPROVE',
    });
  });

  it('flags the totals that do not add up and the due date before the issue date', () => {
    expect(resultOf('invoices/globex-inv-7731.pdf')?.findings.map((finding) => finding.rule)).toEqual([
      'line-items-subtotal-mismatch',
      'total-mismatch',
    ]);
    expect(resultOf('invoices/initech-inv-0042.pdf')?.findings.map((finding) => finding.rule)).toEqual([
      'due-before-issue',
    ]);
  });

  it('routes exactly the flagged documents to human review', () => {
    const reviews = outputsOf<{ key: string; decision: string; reasons: unknown[] }>('review', REVIEW_SUFFIX);
    expect(reviews.map((review) => review.key).sort()).toEqual([
      'invoices/globex-inv-7731.pdf',
      'invoices/initech-inv-0042.pdf',
    ]);
    expect(reviews.every((review) => review.decision === 'HUMAN_REVIEW' && review.reasons.length > 0)).toBe(true);
  });

  it('classifies the contract and reads the scanned invoice through OCR', () => {
    expect(resultOf('contracts/acme-msa-2024.pdf')).toMatchObject({
      documentType: 'contract',
      contract: { agreementNumber: 'MSA-2024-07', effectiveDate: '2024-01-15', paymentTerms: 'Net 45' },
    });
    expect(resultOf('scanned/hooli-inv-118.tiff')).toMatchObject({
      documentType: 'invoice',
      ocr: { source: 'ocr' },
      invoice: { invoiceNumber: 'HP-118', currency: 'USD', total: 32400, dueDate: '2024-05-16' },
    });
  });

  it('writes a schema-checked summary of every document it read', () => {
    const summaries = outputsOf<{ key: string; documentType: string; summary: string; source: string }>(
      'summaries',
      SUMMARY_SUFFIX,
    );
    expect(summaries).toHaveLength(DEMO_FILES.length - 1);
    for (const summary of summaries) {
      expect(summary.documentType).toBe(resultOf(summary.key)?.documentType);
      expect(summary.summary.length).toBeGreaterThan(0);
      expect(['model', 'fallback']).toContain(summary.source);
    }
  });

  it('reports the documents, the review count, the rules broken and the corrupt PDF', () => {
    const report = run.readJson<IdpReport>(REPORT_SUFFIX);
    expect(report.discovered).toMatchObject({ objects: DEMO_FILES.length, truncated: false });
    expect(report.processed).toMatchObject({ objects: DEMO_FILES.length, succeeded: DEMO_FILES.length - 1, failed: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({ item: 'invoices/truncated-inv-9999.pdf', error: 'PdfFormatError' }),
    ]);
    expect(report.summary).toMatchObject({
      byKind: { invoice: 5, contract: 1 },
      reviewed: 2,
      byRule: { 'due-before-issue': 1, 'line-items-subtotal-mismatch': 1, 'total-mismatch': 1 },
      byOcrSource: { 'text-layer': 5, ocr: 1 },
      invoiceTotals: { USD: 216000 + 222400 + 32400, JPY: 52140, EUR: 21420 },
    });
  });
});
