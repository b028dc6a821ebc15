import { DemoDocumentOcr, DemoEntityExtractor, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { financialIdp } from '../../../src/domain/financial-idp';
import { idpReport } from '../../../src/domain/idp-report';
import type { IdpPorts, IdpSettings } from '../../../src/domain/settings';
import { INVOICE_LINES } from '../ocr-text';

const settings: IdpSettings = {
  pageThreshold: 1,
  ocrMaxWaitSeconds: 540,
  maxDocumentBytes: 1024 * 1024,
  thresholds: DEFAULT_THRESHOLDS,
  logPii: false,
};
/** A model that answers prose instead of JSON: every summary comes from the rules. */
const proseModel: TextGenerator = { generate: async () => ({ text: 'Here is a summary.', modelId: 'm' }) };

function setup(files: Record<string, string>, generator: TextGenerator = proseModel) {
  const kit = testKit({ files, now: '2024-07-01T00:00:00Z' });
  const ports: IdpPorts = {
    ocr: new DemoDocumentOcr({}),
    entities: new DemoEntityExtractor(),
    generator,
    staging: kit.output,
  };
  const objects = Object.entries(files).map(([key, text]) => ({ key, size: text.length }));
  return { kit, handler: createItemHandler(financialIdp, { ...kit, settings, ports }), event: batchEvent(objects) };
}
const written = (kit: ReturnType<typeof testKit>, kind: string) =>
  [...kit.output.objects.entries()]
    .filter(([key]) => key.startsWith(`${kit.output.prefix}${kind}/`))
    .map(([, value]) => value);

describe('financialIdp stage', () => {
  it('writes a result and a fallback summary per document and review records for the flagged ones', async () => {
    const bad = INVOICE_LINES.map((line) => (line.startsWith('Total') ? 'Total: 2,170.00' : line));
    const { kit, handler, event } = setup({ 'ok.txt': INVOICE_LINES.join('\n'), 'bad.txt': bad.join('\n') });

    const outcome = await handler(event);

    expect(outcome).toMatchObject({ objects: 2, succeeded: 2, failedCount: 0 });
    expect(outcome.summary).toMatchObject({
      byKind: { invoice: 2 },
      reviewed: 1,
      byRule: { 'total-mismatch': 1 },
      bySummarySource: { fallback: 2 },
      invoiceTotals: { USD: 216000 + 217000 },
    });
    expect(written(kit, 'review')).toEqual([
      expect.objectContaining({
        key: 'bad.txt',
        decision: 'HUMAN_REVIEW',
        reasons: [expect.objectContaining({ rule: 'total-mismatch' })],
      }),
    ]);
    expect(written(kit, 'summaries')).toContainEqual(
      expect.objectContaining({
        key: 'ok.txt',
        source: 'fallback',
        documentType: 'invoice',
        summary:
          'Invoice INV-1 from Acme Supplies Inc, issued 2024-03-01, due 2024-03-31, total 2,160.00 USD over 2 line items.',
      }),
    );
  });

  it('says in each output whether it holds personal data', async () => {
    const lines = [...INVOICE_LINES, 'Contact: jane.doe@example.com'];
    const { kit, handler, event } = setup({
      'pii.txt': lines.join('\n'),
      'clean.txt': INVOICE_LINES.slice(0, 4).join('\n'),
    });

    await handler(event);

    const results = written(kit, 'results') as { key: string; pii: { containsPii: boolean; piiTypes: string[] } }[];
    expect(results.find((result) => result.key === 'pii.txt')?.pii).toMatchObject({ containsPii: true });
    expect(results.find((result) => result.key === 'pii.txt')?.pii.piiTypes).toContain('EMAIL');
  });

  it('keeps the model summary when it fits the schema', async () => {
    const model: TextGenerator = {
      generate: async () => ({
        text: '',
        modelId: 'model-1',
        json: { documentType: 'invoice', summary: 'An invoice.', keyPhrases: ['shelves'] },
      }),
    };
    const { kit, handler, event } = setup({ 'ok.txt': INVOICE_LINES.join('\n') }, model);

    await handler(event);

    expect(written(kit, 'summaries')).toEqual([
      expect.objectContaining({ source: 'model', modelId: 'model-1', summary: 'An invoice.' }),
    ]);
  });

  it('sends an unclassifiable document to review and records a too-large one as failed', async () => {
    const { kit, handler, event } = setup({ 'memo.txt': 'Lunch is at noon.', 'big.txt': 'x'.repeat(2 * 1024 * 1024) });

    const outcome = await handler(event);

    expect(outcome.failures).toEqual([expect.objectContaining({ item: 'big.txt', error: 'ObjectTooLargeError' })]);
    expect(written(kit, 'review')).toEqual([
      expect.objectContaining({
        key: 'memo.txt',
        reasons: [expect.objectContaining({ rule: 'unclassified-document' })],
      }),
    ]);
  });

  it('reports documents, review count, rules and totals per currency', async () => {
    const kit = testKit();
    const summary = {
      byKind: { invoice: 2, contract: 1 },
      byDecision: { AUTO_APPROVE: 2, HUMAN_REVIEW: 1 },
      reviewed: 1,
      byRule: { 'total-mismatch': 1 },
      byOcrSource: { 'text-layer': 3 },
      bySummarySource: { model: 3 },
      invoiceTotals: { USD: 216000, JPY: 52140 },
    };
    const results = [
      { status: 'SUCCEEDED', objects: 3, succeeded: 3, bytes: 10, failures: [], failedCount: 0, summary },
    ];
    const discovery = { manifestKey: 'm', totalObjects: 3, totalBytes: 10, truncated: false };

    const outcome = await createReportHandler(idpReport, kit)({ executionId: 'exec-1', discovery, results });

    const markdown = String(kit.output.objects.get(outcome.summaryKey));
    expect(markdown).toContain('- Sent to human review (review/): 1');
    expect(markdown).toContain('| total-mismatch | 1 |');
    expect(markdown).toContain('| USD | 2,160.00 |');
    expect(markdown).toContain('| JPY | 52,140 |');
  });
});
