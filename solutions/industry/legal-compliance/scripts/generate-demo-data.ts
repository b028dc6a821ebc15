/**
 * Writes demo-data/ (the files of the audited volume: small text, CSV and JSON documents; this pattern reads their
 * security, not their content) and demo-data/.ontap/acls.json (what the local ONTAP simulator serves for them): a
 * hidden folder, which the local runtime does not seed, so the access point never lists it.
 * Deterministic: `tsx scripts/generate-demo-data.ts [dir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACLS } from './demo-acls';

const line = (text: string) => `${text}\n`;

/** File -> content. `legal/contracts/draft-unindexed.txt` has no security descriptor in the seed (a failure). */
export const DEMO_FILES: Record<string, string> = {
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

/** Writes the demo files and the seed under `root` (the pattern folder by default). */
export function writeDemoData(root: string): void {
  for (const [key, text] of Object.entries(DEMO_FILES)) {
    const file = path.join(root, 'demo-data', ...key.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  mkdirSync(path.join(root, 'demo-data', '.ontap'), { recursive: true });
  writeFileSync(path.join(root, 'demo-data', '.ontap', 'acls.json'), `${JSON.stringify(DEMO_ACLS, null, 2)}\n`);
}

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  writeDemoData(root);
  process.stdout.write(
    `wrote ${Object.keys(DEMO_FILES).length} files under demo-data/ and demo-data/.ontap/acls.json\n`,
  );
}
