import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoDocumentOcr, DemoImageLabeler, DemoTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { estimateStage } from '../../../src/domain/estimate-stage';
import { severityNarrative } from '../../../src/domain/narrative';
import { photoStage } from '../../../src/domain/photo-stage';
import type { ClaimSettings } from '../../../src/domain/settings';
import { assessSeverity } from '../../../src/domain/severity-rules';

const DEMO = path.resolve(__dirname, '../../../demo-data');
const demo = (key: string) => readFileSync(path.join(DEMO, key));
const settings: ClaimSettings = {
  claimPrefix: 'CLM-',
  thresholds: DEFAULT_THRESHOLDS,
  minLabelConfidence: 50,
  logPii: false,
};
const failing: TextGenerator = {
  generate: () => Promise.reject(Object.assign(new Error('denied'), { name: 'AccessDeniedException' })),
};

describe('photoStage', () => {
  it('labels, scores and files photos by review decision; an unreadable image is a failure record', async () => {
    // Prepare
    const files = {
      'claims/CLM-2026-0002/photos/rear-quarter.png': demo('claims/CLM-2026-0002/photos/rear-quarter.png'),
      'claims/CLM-2026-0001/photos/driver-side.jpg': demo('claims/CLM-2026-0001/photos/driver-side.jpg'),
      'claims/CLM-2026-0004/photos/broken.jpg': new TextEncoder().encode('not an image'),
    };
    const kit = testKit({ files });
    const ports = { labeler: new DemoImageLabeler(), generator: new DemoTextGenerator() };
    const handler = createItemHandler(routeStage('photos', photoStage), { ...kit, settings, ports });

    // Act
    const outcome = await handler(
      batchEvent(Object.entries(files).map(([key, bytes]) => ({ key, size: bytes.length }))),
    );

    // Assess
    expect(outcome).toMatchObject({ succeeded: 2, failedCount: 1 });
    expect(outcome.failures).toEqual([expect.objectContaining({ item: 'claims/CLM-2026-0004/photos/broken.jpg' })]);
    expect(outcome.summary.photos).toMatchObject({
      photos: 2,
      review: 1,
      byBand: { minor: 1, none: 1 },
      maxSeverity: 14,
    });
    const keys = [...kit.output.objects.keys()];
    expect(keys.filter((key) => key.startsWith('out/damage/'))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith('out/review/damage/'))).toHaveLength(1);
    expect(outcome.summary.photos?.files.map((file) => [file.claimId, file.rule])).toEqual(
      expect.arrayContaining([
        ['CLM-2026-0002', 'max+quarter-rest'],
        ['CLM-2026-0001', 'no-damage-label'],
      ]),
    );
  });
});

describe('severityNarrative', () => {
  const assessment = assessSeverity([{ name: 'Dent', confidence: 80 }]);

  it('takes the model summary when it is valid', async () => {
    const narrative = await severityNarrative(new DemoTextGenerator(), assessment, ['Dent']);
    expect(narrative).toMatchObject({ source: 'model', summary: expect.stringContaining('Severity: 36') });
  });

  it('falls back to the rule narrative when the model fails for good', async () => {
    const narrative = await severityNarrative(failing, assessment, ['Dent']);
    expect(narrative).toMatchObject({
      source: 'fallback',
      summary: 'Severity 36 (moderate) by rule max+quarter-rest, led by Dent; labels: Dent (80.0%).',
    });
  });

  it('falls back when the answer does not fit the schema', async () => {
    const wrong: TextGenerator = {
      generate: async () => ({ text: '{"summary": 3}', modelId: 'm', json: { summary: 3 } }),
    };
    expect((await severityNarrative(wrong, assessment, [])).source).toBe('fallback');
  });
});

describe('estimateStage', () => {
  it('reconciles estimates, files mismatches for review and keeps personal data out of the logs', async () => {
    // Prepare
    const files = {
      'claims/CLM-2026-0001/estimate.pdf': demo('claims/CLM-2026-0001/estimate.pdf'),
      'claims/CLM-2026-0002/estimate.pdf': demo('claims/CLM-2026-0002/estimate.pdf'),
      'claims/CLM-2026-0003/supplement.pdf': demo('claims/CLM-2026-0003/supplement.pdf'),
    };
    const kit = testKit({ files });
    const handler = createItemHandler(routeStage('estimates', estimateStage), {
      ...kit,
      settings,
      ports: { ocr: new DemoDocumentOcr() },
    });
    const log = jest.spyOn(process.stdout, 'write');

    // Act
    const outcome = await handler(
      batchEvent(Object.entries(files).map(([key, bytes]) => ({ key, size: bytes.length }))),
    );

    // Assess
    expect(outcome).toMatchObject({ succeeded: 2, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: 'claims/CLM-2026-0003/supplement.pdf', error: 'PdfFormatError' });
    expect(outcome.summary.estimates).toMatchObject({
      estimates: 2,
      reconciled: 1,
      mismatched: 1,
      review: 1,
      withPii: 2,
    });
    const [reviewKey] = [...kit.output.objects.keys()].filter((key) => key.startsWith('out/review/estimates/'));
    expect(kit.output.objects.get(reviewKey ?? '')).toMatchObject({
      claimant: 'Omar Haddad',
      policyNumber: 'POL-302977',
      pii: { containsPii: true, piiTypes: expect.arrayContaining(['NAME', 'POLICY_NUMBER']) },
      reviewReasons: ['reconciliation'],
    });
    const logged = log.mock.calls.map(([chunk]) => String(chunk)).join('');
    log.mockRestore();
    expect(logged).toContain('Estimate read');
    expect(logged).not.toContain('Omar Haddad');
    expect(logged).not.toContain('POL-302977');
  });

  it('sends an unreadable scan (no text, confidence 0) to review', async () => {
    // Prepare
    const bytes = demo('claims/CLM-2026-0003/scanned-estimate.tiff');
    const kit = testKit({ files: { 'CLM-5_scan.tiff': bytes } });
    const handler = createItemHandler(estimateStage, { ...kit, settings, ports: { ocr: new DemoDocumentOcr() } });

    // Act
    const outcome = await handler(batchEvent([{ key: 'CLM-5_scan.tiff', size: bytes.length }]));

    // Assess
    expect(outcome.summary.files).toEqual([
      expect.objectContaining({
        claimId: 'CLM-5',
        review: true,
        reconciled: false,
        findings: ['no-line-items', 'missing-total'],
      }),
    ]);
  });
});
