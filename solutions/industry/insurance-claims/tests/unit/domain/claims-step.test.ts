import { createMemoryOutputWriter, fixedClock } from '@fsxn-s3ap/shared/testing';
import type { BatchOutcome } from '@fsxn-s3ap/shared/workflow';
import type { BranchSummary } from '../../../src/domain/claim-groups';
import type { ClaimReport } from '../../../src/domain/claim-report';
import type { EstimateDigest, PhotoDigest } from '../../../src/domain/claim-summary';
import { createClaimsHandler } from '../../../src/domain/claims-step';
import { claimsReport } from '../../../src/domain/report';

const photo = (claimId: string, key: string, severity: number, review = false): PhotoDigest => ({
  claimId,
  key,
  resultKey: `damage/${key}.json`,
  severity,
  band: severity === 0 ? 'none' : 'moderate',
  rule: severity === 0 ? 'no-damage-label' : 'max+quarter-rest',
  review,
  narrativeSource: 'model',
});
const estimate = (claimId: string, key: string, reconciled: boolean): EstimateDigest => ({
  claimId,
  key,
  resultKey: `out/estimates/${key}.json`,
  totalMinor: 12_345,
  labourMinor: 5_000,
  partsMinor: 6_000,
  reconciled,
  findings: reconciled ? [] : ['total'],
  review: !reconciled,
  containsPii: true,
});
const outcome = (summary: BranchSummary, failures: BatchOutcome<BranchSummary>['failures'] = []) => ({
  status: 'SUCCEEDED' as const,
  objects: 1,
  succeeded: 1,
  bytes: 1,
  failures,
  failedCount: failures.length,
  summary,
});
const counts = { photos: 0, review: 0, byBand: {}, maxSeverity: 0, narrativeFallbacks: 0 };
const estimateCounts = { estimates: 0, reconciled: 0, mismatched: 0, review: 0, withPii: 0, totalMinor: 0 };

describe('createClaimsHandler', () => {
  it('groups both branches by claim and writes JSON and text reports with their parties', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    await output.putJson('estimates/A/estimate.pdf.json', { claimant: 'Jane Doe', policyNumber: 'POL-1' });
    await output.putJson('estimates/B/estimate.pdf.json', {});
    const handler = createClaimsHandler({ output, claimPrefix: 'CLM-', logPii: false, clock: fixedClock() });
    const results = [
      [outcome({ photos: { ...counts, files: [photo('CLM-A', 'A/1.png', 40), photo('CLM-B', 'B/1.png', 0, true)] } })],
      [
        outcome({ estimates: { ...estimateCounts, files: [estimate('CLM-A', 'A/estimate.pdf', true)] } }, [
          { item: 'in/CLM-B/bad.pdf', error: 'PdfFormatError', message: 'truncated' },
        ]),
        outcome({ estimates: { ...estimateCounts, files: [estimate('CLM-B', 'B/estimate.pdf', false)] } }),
      ],
    ];

    // Act
    const result = await handler({ executionId: 'exec-1', results });

    // Assess
    expect(result).toMatchObject({ claims: 2, needingReview: 1 });
    const reports = result.claimKeys.map((key) => output.objects.get(key) as ClaimReport);
    expect(
      reports.map((report) => [report.claimId, report.severity, report.needsReview, report.reviewReasons]),
    ).toEqual([
      ['CLM-A', 40, false, []],
      ['CLM-B', 0, true, ['estimate-mismatch', 'failed-file', 'photo-review']],
    ]);
    expect(reports[0]).toMatchObject({
      parties: { claimant: 'Jane Doe', policyNumber: 'POL-1' },
      pii: { containsPii: true, piiTypes: ['NAME', 'POLICY_NUMBER'] },
    });
    expect(reports[1]?.pii).toEqual({ containsPii: false, piiTypes: [] });
    const text = [...output.objects.entries()].find(([key]) => key.endsWith('exec-1_CLM-A_claim.txt'))?.[1];
    expect(text).toContain('Contains personal data: yes (NAME, POLICY_NUMBER)');
    expect(text).toContain('Severity: 40 (moderate)');
  });

  it('rejects an event without an execution id', async () => {
    const handler = createClaimsHandler({
      output: createMemoryOutputWriter(),
      claimPrefix: 'CLM-',
      logPii: false,
      clock: fixedClock(),
    });
    await expect(handler({ results: [] })).rejects.toMatchObject({ name: 'ValidationError' });
  });
});

describe('claimsReport', () => {
  it('keeps counts only and merges branch by branch', () => {
    // Act
    const merged = claimsReport.summary.merge(
      { photos: { ...counts, photos: 2, byBand: { minor: 2 }, maxSeverity: 20 }, estimates: estimateCounts },
      {
        photos: { ...counts, photos: 1, byBand: { severe: 1 }, maxSeverity: 70, files: [] } as typeof counts,
        estimates: estimateCounts,
      },
    );

    // Assess
    expect(merged.photos).toEqual({ ...counts, photos: 3, byBand: { minor: 2, severe: 1 }, maxSeverity: 70 });
    const sections = claimsReport.sections?.(merged) ?? [];
    expect(sections.map((section) => section.title)).toEqual(['Damage photos', 'Estimates']);
  });
});
