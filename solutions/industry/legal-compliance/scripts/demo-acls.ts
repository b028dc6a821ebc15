/**
 * The ONTAP side of the demo volume, as the local ONTAP simulator serves it (`demo-data/.ontap/acls.json`): shares, export
 * policies, local users and each file's security descriptor. Seeded findings, by design:
 * - overly permissive: share `public` (Everyone full_control), share `compliance` (Authenticated Users change),
 *   `finance/budget-2025.csv` (UNIX 0666: Everyone write), `hr/onboarding.json` (Authenticated Users full_control);
 * - stale: `legal/contracts/msa-acme-2024.txt` (disabled local account), `legal/litigation/case-0423-notes.txt`
 *   (an unresolvable SID);
 * - policy violations: `legal/contracts/nda-globex.txt` (CORP\sales-team modify), the unresolvable SID's modify on
 *   the litigation notes, `compliance/audit/q3-findings.csv` (CORP\interns write);
 * - `legal/contracts/draft-unindexed.txt` has no security descriptor: ONTAP answers 404, the run lists a failure.
 */

/** The SID ONTAP cannot resolve (a deleted domain account). */
export const ORPHAN_SID = 'S-1-5-21-3623811015-3361044348-30300820-1107';

const admins = { user: 'BUILTIN\\Administrators', access: 'access_allow', rights: 'full_control', inherited: true };
const system = { user: 'NT AUTHORITY\\SYSTEM', access: 'access_allow', rights: 'full_control', inherited: true };
const allow = (user: string, rights: string, inherited = false) => ({
  user,
  access: 'access_allow',
  rights,
  inherited,
});
type Ace = { user: string; access: string; rights: string; inherited: boolean };
const ntfs = (...acls: Ace[]) => ({
  owner: 'BUILTIN\\Administrators',
  group: 'BUILTIN\\Administrators',
  acls: [admins, system, ...acls],
});
const legalTeam = allow('CORP\\legal-team', 'modify', true);
const officers = allow('CORP\\compliance-officers', 'modify', true);
const share = (name: string, path: string, ...acls: [string, string][]) => ({
  name,
  path,
  acls: acls.map(([user_or_group, permission]) => ({ user_or_group, permission, type: 'windows' })),
});

/** The seed file's content. */
export const DEMO_ACLS = {
  cluster: { name: 'fsxn-legal', version: 'NetApp Release 9.15.1' },
  svm: { uuid: '6f1c2a52-8e1b-4c1e-9a57-1f0d3c9a0b11', name: 'svm-legal' },
  volume: {
    uuid: '0b4e7d38-2f6a-4d0b-8c51-7a9e2b6c4d22',
    name: 'vol_legal',
    junction_path: '/vol_legal',
    security_style: 'ntfs',
    export_policy: 'legal-nfs',
  },
  shares: [
    share('vol_legal$', '/vol_legal', ['BUILTIN\\Administrators', 'full_control']),
    share('legal', '/vol_legal/legal', ['CORP\\legal-team', 'full_control'], ['Everyone', 'read']),
    share('compliance', '/vol_legal/compliance', ['NT AUTHORITY\\Authenticated Users', 'change']),
    share('public', '/vol_legal/public', ['Everyone', 'full_control']),
    share('finance', '/vol_legal/finance', ['CORP\\finance', 'full_control']),
    // Another volume's share: not this audit's business (filtered out by junction path).
    share('scratch', '/vol_scratch', ['Everyone', 'full_control']),
  ],
  export_policies: [
    {
      id: 4294967298,
      name: 'legal-nfs',
      rules: [
        {
          index: 1,
          clients: [{ match: '10.20.0.0/16' }],
          protocols: ['nfs4'],
          ro_rule: ['krb5'],
          rw_rule: ['never'],
          superuser: ['none'],
        },
      ],
    },
  ],
  local_users: [
    { name: 'SVM-LEGAL\\former.counsel', sid: 'S-1-5-21-1004336348-1177238915-682003330-1013', account_disabled: true },
    { name: 'SVM-LEGAL\\audit.svc', sid: 'S-1-5-21-1004336348-1177238915-682003330-1014', account_disabled: false },
  ],
  files: {
    'legal/contracts/msa-acme-2024.txt': ntfs(legalTeam, allow('SVM-LEGAL\\former.counsel', 'read')),
    'legal/contracts/nda-globex.txt': ntfs(legalTeam, allow('CORP\\sales-team', 'modify')),
    'legal/litigation/case-0423-notes.txt': ntfs(legalTeam, allow(ORPHAN_SID, 'modify')),
    'compliance/policies/retention-policy.txt': ntfs(officers, allow('Everyone', 'read')),
    'compliance/audit/q3-findings.csv': ntfs(officers, allow('CORP\\interns', 'write')),
    'audit/access-review-2025.json': ntfs(allow('SVM-LEGAL\\audit.svc', 'read'), allow('CORP\\auditors', 'read')),
    'finance/budget-2025.csv': {
      owner: 'finance-svc',
      group: 'finance',
      security_style: 'unix',
      mode_bits: 0o666,
      acls: [],
    },
    'hr/onboarding.json': ntfs(allow('NT AUTHORITY\\Authenticated Users', 'full_control')),
    'public/handbook.txt': ntfs(allow('Everyone', 'read', true)),
  },
};
