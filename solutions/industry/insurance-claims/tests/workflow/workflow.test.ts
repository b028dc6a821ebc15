import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { ClaimReport } from '../../src/domain/claim-report';
import type { ClaimsRunSummary } from '../../src/domain/report';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');

function demoFiles(dir = DEMO_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? demoFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

interface Assessment {
  key: string;
  assessment: { severity: number; rule: string; primary?: string };
  narrative: { source: string };
}
interface EstimateResult {
  key: string;
  reconciliation: { reconciled: boolean; findings: { rule: string; expectedMinor?: number; statedMinor?: number }[] };
  reviewReasons: string[];
  pii: { containsPii: boolean; piiTypes: string[] };
}

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  const read = <T>(prefix: string, suffix: string): T[] =>
    run.outputs
      .filter((output) => output.key.startsWith(prefix) && output.key.endsWith(suffix))
      .map((output) => run.readJson<T>(output.key));

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  it('succeeds', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('scores each photo with the rule that produced its severity', () => {
    // Act
    const byKey = new Map(
      [
        ...read<Assessment>('damage/', '_assessment.json'),
        ...read<Assessment>('review/damage/', '_assessment.json'),
      ].map((result) => [result.key, result]),
    );

    // Assess: the PNGs' pixel cues (Dark, Orange) drive the rule; the JPEG has header labels only.
    expect(byKey.size).toBe(4);
    expect(byKey.get('claims/CLM-2026-0001/photos/driver-side.jpg')?.assessment).toMatchObject({
      severity: 0,
      rule: 'no-damage-label',
    });
    expect(byKey.get('claims/CLM-2026-0001/photos/front-bumper.png')?.assessment).toMatchObject({
      severity: 15,
      rule: 'max+quarter-rest',
      primary: 'Dark',
    });
    expect(byKey.get('claims/CLM-2026-0003/photos/kitchen.png')?.assessment).toMatchObject({
      severity: 9,
      primary: 'Orange',
    });
    expect([...byKey.values()].every((result) => result.narrative.source === 'model')).toBe(true);
  });

  it('flags the estimate whose total does not reconcile and sends it to review', () => {
    // Act
    const reviewed = read<EstimateResult>('review/estimates/', '_estimate.json');
    const accepted = read<EstimateResult>('estimates/', '_estimate.json');

    // Assess
    expect(reviewed.map((result) => result.key)).toEqual(['claims/CLM-2026-0002/estimate.pdf']);
    expect(reviewed[0]?.reconciliation.findings).toEqual([{ rule: 'total', expectedMinor: 84700, statedMinor: 87400 }]);
    expect(accepted.map((result) => result.key).sort()).toEqual([
      'claims/CLM-2026-0001/estimate.pdf',
      'claims/CLM-2026-0003/scanned-estimate.tiff',
    ]);
    expect(accepted.every((result) => result.reconciliation.reconciled && result.pii.containsPii)).toBe(true);
  });

  it('writes one JSON and one text report per claim, with the failed file in its claim', () => {
    // Act
    const claims = read<ClaimReport>('claims/', '_claim.json').sort((a, b) => a.claimId.localeCompare(b.claimId));
    const texts = run.outputs.filter((output) => output.key.startsWith('claims/') && output.key.endsWith('_claim.txt'));

    // Assess
    expect(claims.map((claim) => claim.claimId)).toEqual(['CLM-2026-0001', 'CLM-2026-0002', 'CLM-2026-0003']);
    expect(texts).toHaveLength(3);
    expect(claims.map((claim) => [claim.severity, claim.estimatedTotalMinor, claim.reviewReasons])).toEqual([
      [15, 114510, ['photo-review']],
      [14, 87400, ['estimate-mismatch']],
      [9, 29700, ['failed-file']],
    ]);
    expect(claims[2]?.failures).toEqual([
      expect.objectContaining({ item: 'claims/CLM-2026-0003/supplement.pdf', error: 'PdfFormatError' }),
    ]);
    expect(claims.every((claim) => claim.pii.containsPii && claim.pii.piiTypes.includes('POLICY_NUMBER'))).toBe(true);
  });

  it('reports both branches, the review counts and the failed item', () => {
    // Prepare
    const files = demoFiles();
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

    // Act
    const report = run.readJson<RunReport<ClaimsRunSummary>>('_report.json');

    // Assess
    expect(report.discovered).toMatchObject({ objects: files.length, bytes });
    expect(report.processed).toMatchObject({ objects: files.length, succeeded: files.length - 1, failed: 1 });
    expect(report.failures).toEqual([expect.objectContaining({ error: 'PdfFormatError' })]);
    expect(report.summary.photos).toMatchObject({ photos: 4, review: 2, maxSeverity: 15 });
    expect(report.summary.estimates).toMatchObject({ estimates: 3, reconciled: 2, mismatched: 1, review: 1 });
    expect(report.summary.photos).not.toHaveProperty('files');
  });
});
