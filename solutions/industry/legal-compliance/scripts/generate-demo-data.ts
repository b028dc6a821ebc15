/**
 * Writes demo-data/ (the files of the audited volume: small text, CSV and JSON documents; this pattern reads their
 * security, not their content) and demo-data/.ontap/acls.json (what the local ONTAP simulator serves for them): a
 * hidden folder, which the local runtime does not seed, so the access point never lists it.
 * Deterministic: `tsx scripts/generate-demo-data.ts [demo-data folder]`.
 */
import path from 'node:path';
import { type DemoFiles, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { DEMO_ACLS } from './demo-acls';

const line = (text: string) => `${text}\n`;

/** The audited volume's files: `legal/contracts/draft-unindexed.txt` has no security descriptor in the seed (a failure). */
const VOLUME_FILES: Record<string, string> = {
  'legal/contracts/msa-acme-2024.txt': line('Master services agreement between Example Corp and Acme Ltd, 2024.'),
  'legal/contracts/nda-globex.txt': line('Mutual non-disclosure agreement with Globex, two-year term.'),
  'legal/contracts/draft-unindexed.txt': line('Draft amendment, created after the security snapshot.'),
  'legal/litigation/case-0423-notes.txt': line('Case 0423: discovery deadlines and privileged correspondence log.'),
  'compliance/policies/retention-policy.txt': line('Records are retained for seven years after matter closure.'),
  'compliance/audit/q3-findings.csv':
    'id,area,finding,severity\n1,access,shared folder open to all staff,high\n2,retention,missing hold flag,medium\n',
  'audit/access-review-2025.json': `${JSON.stringify({ review: '2025-H1', reviewer: 'audit.svc', scope: ['legal', 'compliance'] }, null, 2)}\n`,
  'finance/budget-2025.csv': 'department,quarter,amount\nlegal,Q1,120000\nlegal,Q2,98000\n',
  'hr/onboarding.json': `${JSON.stringify({ checklist: ['badge', 'laptop', 'training'], owner: 'hr' }, null, 2)}\n`,
  'public/handbook.txt': line('Employee handbook: office hours, travel policy and code of conduct.'),
};

/** Every file of demo-data/, by path relative to it: the volume's files and the simulator's seed `.ontap/acls.json`. */
export function demoFiles(): DemoFiles {
  return { ...VOLUME_FILES, '.ontap/acls.json': `${JSON.stringify(DEMO_ACLS, null, 2)}\n` };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
