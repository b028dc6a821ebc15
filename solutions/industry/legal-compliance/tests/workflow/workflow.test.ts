import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { ORPHAN_SID } from '../../scripts/demo-acls';
import { demoFiles } from '../../scripts/generate-demo-data';
import type { AclSummary } from '../../src/domain/acl-collection';
import type { AclRow } from '../../src/domain/acl-rows';
import type { Findings } from '../../src/domain/analysis';

const PATTERN_DIR = path.resolve(__dirname, '../..');
/** The audited volume's files (the simulator's seed under `.ontap/` is not on the access point). */
const VOLUME_KEYS = Object.keys(demoFiles()).filter((key) => !key.startsWith('.ontap/'));
const SEED = JSON.parse(readFileSync(path.join(PATTERN_DIR, 'demo-data', '.ontap', 'acls.json'), 'utf8')) as {
  files: Record<string, { acls: unknown[]; mode_bits?: number }>;
};
const UNDESCRIBED = 'legal/contracts/draft-unindexed.txt';

describe('workflow (local runtime with the ONTAP simulator and the local Athena, demo-data)', () => {
  let run: RunResult;
  const text = (prefix: string) => {
    const output = run.outputs.find((candidate) => candidate.key.startsWith(prefix));
    if (!output) throw new Error(`no output under ${prefix}`);
    return readFileSync(output.localPath, 'utf8');
  };

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  it('succeeds', () => {
    // Assess: the error, cause and failed state are in the comparison so a failure explains itself.
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('collects one row per ACE of every described file and reports the file ONTAP does not know as a failure', () => {
    // Prepare: UNIX files give three rows (owner, group, other), NTFS files one per ACE.
    const expectedEntries = Object.values(SEED.files).reduce(
      (sum, file) => sum + (file.acls.length === 0 && file.mode_bits !== undefined ? 3 : file.acls.length),
      0,
    );

    // Act
    const report = run.readJson<RunReport<AclSummary>>('_report.json');
    const rows = run.outputs
      .filter((output) => output.key.startsWith('acl-data/') && !output.key.endsWith('/shares.jsonl'))
      .flatMap((output) => readFileSync(output.localPath, 'utf8').trim().split('\n'))
      .map((line) => JSON.parse(line) as AclRow);

    // Assess
    expect(report.processed).toMatchObject({ objects: VOLUME_KEYS.length, failed: 1 });
    expect(report.failures).toEqual([expect.objectContaining({ item: UNDESCRIBED, error: 'OntapNotFoundError' })]);
    expect(report.summary).toMatchObject({ files: Object.keys(SEED.files).length, entries: expectedEntries });
    expect(report.summary.byStyle).toEqual({ ntfs: Object.keys(SEED.files).length - 1, unix: 1 });
    expect(rows).toHaveLength(expectedEntries);
  });

  it('finds exactly the seeded findings with the three named queries', () => {
    // Act
    const findings = JSON.parse(text('analysis/')) as Findings;

    // Assess
    expect(findings.overlyPermissive).toEqual([
      { source: 'file', share_name: 'finance', key: 'finance/budget-2025.csv', principal: 'Everyone', rights: 'write' },
      {
        source: 'file',
        share_name: 'vol_legal$',
        key: 'hr/onboarding.json',
        principal: 'NT AUTHORITY\\Authenticated Users',
        rights: 'full_control',
      },
      {
        source: 'share',
        share_name: 'compliance',
        key: 'compliance',
        principal: 'NT AUTHORITY\\Authenticated Users',
        rights: 'change',
      },
      { source: 'share', share_name: 'public', key: 'public', principal: 'Everyone', rights: 'full_control' },
    ]);
    expect(findings.staleEntries).toEqual([
      {
        key: 'legal/contracts/msa-acme-2024.txt',
        principal: 'SVM-LEGAL\\former.counsel',
        sid: 'S-1-5-21-1004336348-1177238915-682003330-1013',
        rights: 'read',
        resolved: true,
        account_disabled: true,
      },
      {
        key: 'legal/litigation/case-0423-notes.txt',
        principal: ORPHAN_SID,
        sid: ORPHAN_SID,
        rights: 'modify',
        resolved: false,
        account_disabled: false,
      },
    ]);
    expect(findings.policyViolations).toEqual([
      { key: 'compliance/audit/q3-findings.csv', principal: 'CORP\\interns', rights: 'write', prefix: 'compliance/' },
      { key: 'legal/contracts/nda-globex.txt', principal: 'CORP\\sales-team', rights: 'modify', prefix: 'legal/' },
      { key: 'legal/litigation/case-0423-notes.txt', principal: ORPHAN_SID, rights: 'modify', prefix: 'legal/' },
    ]);
  });

  it('writes the compliance report with the findings, the failure and a summary, and returns the counts', () => {
    // Act
    const compliance = run.outputs.find((output) => output.key.includes('/compliance-report-'));

    // Assess
    expect(compliance?.key.startsWith('reports/')).toBe(true);
    expect(compliance?.key.endsWith(`/compliance-report-${run.executionName}.md`)).toBe(true);
    const report = readFileSync(compliance?.localPath ?? '', 'utf8');
    expect(report).toContain('## Overly permissive access (4)');
    expect(report).toContain('## Stale access entries (2)');
    expect(report).toContain('## Policy violations (3)');
    expect(report).toContain(`| ${UNDESCRIBED} | OntapNotFoundError |`);
    expect(report).toContain('_Summary by model demo.text-generator-v1._');
    expect(run.output).toMatchObject({
      failed: 1,
      summarySource: 'model',
      findings: { overlyPermissive: 4, staleEntries: 2, policyViolations: 3 },
    });
  });
});
