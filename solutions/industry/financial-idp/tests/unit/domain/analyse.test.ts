import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { analyseDocument } from '../../../src/domain/analyse';
import { INVOICE_LINES, ocrOf } from '../ocr-text';

describe('analyseDocument', () => {
  it('approves a consistent invoice read with confidence', async () => {
    const analysis = analyseDocument(await ocrOf(INVOICE_LINES), [], DEFAULT_THRESHOLDS);
    expect(analysis).toMatchObject({ decision: 'AUTO_APPROVE', findings: [], classification: { kind: 'invoice' } });
  });

  it('sends an unsure read to review and rejects a read with almost no confidence', async () => {
    const ocr = await ocrOf(INVOICE_LINES);
    const unsure = analyseDocument({ ...ocr, confidence: 60 }, [], DEFAULT_THRESHOLDS);
    expect(unsure.decision).toBe('HUMAN_REVIEW');
    expect(unsure.findings.map((finding) => finding.rule)).toEqual(['low-ocr-confidence']);
    expect(analyseDocument({ ...ocr, confidence: 10 }, [], DEFAULT_THRESHOLDS).decision).toBe('REJECT');
  });

  it('reads a contract and flags its missing effective date', async () => {
    const lines = ['MASTER AGREEMENT', 'Agreement Number: A-1', 'Parties: A and B', 'Term: 12 months'];
    const analysis = analyseDocument(await ocrOf(lines), [], DEFAULT_THRESHOLDS);
    expect(analysis.contract).toEqual({ agreementNumber: 'A-1', term: '12 months' });
    expect(analysis.findings).toEqual([expect.objectContaining({ rule: 'missing-field', field: 'effectiveDate' })]);
    expect(analysis.decision).toBe('HUMAN_REVIEW');
  });
});
