/**
 * Who an access control entry names. ONTAP shows a trustee by name when it resolves its SID and by the raw SID
 * (`S-1-5-21-...`) when it cannot (a deleted or foreign account): that is a stale entry. Local users carry their
 * SID and whether the account is disabled; well-known principals have fixed SIDs.
 */
import type { LocalUser } from '@fsxn-s3ap/shared/ontap';

/** What the collection records about a principal. */
export interface PrincipalFacts {
  /** The SID when known (a raw SID, a local user's, a well-known one), else null (a domain name ONTAP resolved). */
  sid: string | null;
  /** False when ONTAP could only show the raw SID. */
  resolved: boolean;
  /** True for a disabled local account. */
  accountDisabled: boolean;
}

/** Well-known principals (lower case) and their SIDs. */
export const WELL_KNOWN_SIDS: Readonly<Record<string, string>> = {
  everyone: 'S-1-1-0',
  'creator owner': 'S-1-3-0',
  'nt authority\\authenticated users': 'S-1-5-11',
  'nt authority\\system': 'S-1-5-18',
  'builtin\\administrators': 'S-1-5-32-544',
  'builtin\\users': 'S-1-5-32-545',
};

const isDigits = (part: string) => part.length > 0 && part.length <= 10 && [...part].every((c) => c >= '0' && c <= '9');

/** True for the textual form of a SID: `S-1-` then dash-separated decimal numbers (checked without a regex). */
export function isSidString(text: string): boolean {
  const parts = text.split('-');
  return parts.length >= 3 && parts[0] === 'S' && parts[1] === '1' && parts.slice(2).every(isDigits);
}

/** Resolves principals against the SVM's local users (by name, case-insensitively, and by SID). */
export function principalResolver(localUsers: readonly LocalUser[]): (principal: string) => PrincipalFacts {
  const byName = new Map(localUsers.map((user) => [user.name.toLowerCase(), user]));
  const bySid = new Map(localUsers.flatMap((user) => (user.sid ? [[user.sid, user] as const] : [])));
  return (principal) => {
    if (isSidString(principal)) {
      const user = bySid.get(principal);
      return { sid: principal, resolved: false, accountDisabled: user?.account_disabled === true };
    }
    const lower = principal.toLowerCase();
    const user = byName.get(lower);
    if (user) return { sid: user.sid ?? null, resolved: true, accountDisabled: user.account_disabled === true };
    return { sid: WELL_KNOWN_SIDS[lower] ?? null, resolved: true, accountDisabled: false };
  };
}
