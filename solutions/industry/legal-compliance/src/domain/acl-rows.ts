/**
 * The rows of the ACL table: one per access control entry, of a CIFS share (`source` share) or of a file's
 * security descriptor (`source` file). UNIX-style files have no ACL: their mode bits become three entries (owner,
 * group, and Everyone for "other"), so a world-writable file is found by the same queries as an NTFS one.
 */
import type { CifsShare, FileSecurity } from '@fsxn-s3ap/shared/ontap';
import type { PrincipalFacts } from './principals';

/** One row of the Glue table `acl_entries` (JSON Lines, snake_case columns as the template declares them). */
export interface AclRow {
  execution_id: string;
  collected_at: string;
  source: 'share' | 'file';
  /** The path relative to the volume (the access point key; a share's path without the junction). */
  key: string;
  /** The path in the SVM namespace. */
  path: string;
  share_name: string | null;
  security_style: string;
  owner: string | null;
  principal: string;
  sid: string | null;
  access: string;
  rights: string;
  inherited: boolean;
  resolved: boolean;
  account_disabled: boolean;
}

/** What every row of one collection shares. */
export interface RowContext {
  executionId: string;
  collectedAt: string;
  resolve: (principal: string) => PrincipalFacts;
}

function principalColumns(principal: string, ctx: RowContext) {
  const facts = ctx.resolve(principal);
  return { principal, sid: facts.sid, resolved: facts.resolved, account_disabled: facts.accountDisabled };
}

const withoutSlash = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : path);

/** The share whose path holds `path` most closely (longest matching share path), or undefined. */
export function shareFor(path: string, shares: readonly CifsShare[]): CifsShare | undefined {
  let best: CifsShare | undefined;
  let bestLength = -1;
  for (const share of shares) {
    const root = withoutSlash(share.path);
    const holds = root === '' || path === root || path.startsWith(`${root}/`);
    if (holds && root.length > bestLength) {
      best = share;
      bestLength = root.length;
    }
  }
  return best;
}

/** Rights of one rwx triplet of UNIX mode bits, in the words NTFS rights use. */
export function rightsOfModeBits(bits: number): string {
  const read = (bits & 4) !== 0;
  const write = (bits & 2) !== 0;
  const execute = (bits & 1) !== 0;
  if (read && write && execute) return 'full_control';
  if (write) return 'write';
  if (read && execute) return 'read_and_execute';
  if (read) return 'read';
  return execute ? 'execute' : 'no_access';
}

/** Where one file sits: its key, its SVM path, its share and the volume's security style. */
export interface FilePlace {
  key: string;
  path: string;
  share: CifsShare | undefined;
  volumeStyle: string;
}

/** The rows of one file's security descriptor. */
export function fileRows(file: FilePlace, security: FileSecurity, ctx: RowContext): AclRow[] {
  const base = {
    execution_id: ctx.executionId,
    collected_at: ctx.collectedAt,
    source: 'file' as const,
    key: file.key,
    path: file.path,
    share_name: file.share?.name ?? null,
    security_style: security.security_style ?? security.effective_style ?? file.volumeStyle,
    owner: security.owner ?? null,
  };
  const acls = security.acls ?? [];
  if (acls.length === 0 && security.mode_bits !== undefined) {
    const mode = security.mode_bits;
    const triplets: [string, number][] = [
      [security.owner ?? 'owner', (mode >> 6) & 7],
      [security.group ?? 'group', (mode >> 3) & 7],
      ['Everyone', mode & 7],
    ];
    return triplets.map(([principal, bits]) => ({
      ...base,
      ...principalColumns(principal, ctx),
      access: 'access_allow',
      rights: rightsOfModeBits(bits),
      inherited: false,
    }));
  }
  return acls.map((ace) => ({
    ...base,
    ...principalColumns(ace.user, ctx),
    access: ace.access,
    rights: ace.rights ?? 'advanced',
    inherited: ace.inherited === true,
  }));
}

/** The rows of the shares' ACLs; `junction` (the volume's junction path) is stripped to make the key. */
export function shareRows(shares: readonly CifsShare[], junction: string, style: string, ctx: RowContext): AclRow[] {
  const root = withoutSlash(junction);
  return shares.flatMap((share) =>
    (share.acls ?? []).map((acl) => ({
      execution_id: ctx.executionId,
      collected_at: ctx.collectedAt,
      source: 'share' as const,
      key: share.path.startsWith(`${root}/`) ? share.path.slice(root.length + 1) : share.path,
      path: share.path,
      share_name: share.name,
      security_style: style,
      owner: null,
      ...principalColumns(acl.user_or_group, ctx),
      access: acl.permission === 'no_access' ? 'access_deny' : 'access_allow',
      rights: acl.permission,
      inherited: false,
    })),
  );
}

/** Rows as JSON Lines (one object a line, a final newline). */
export function toJsonLines(rows: readonly object[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
