/**
 * Which claim a file belongs to. The claim id is the first path segment, or the first part of the file name (split
 * at `_`, `.` and spaces), that starts with the claim prefix (`CLM-` by default, any case) followed by 1 to 40
 * letters, digits or dashes: `claims/CLM-2026-0001/photos/front.jpg` and `estimates/clm-2026-0002_estimate.pdf`
 * belong to `CLM-2026-0001` and `CLM-2026-0002`. A file without one is grouped under {@link UNASSIGNED_CLAIM}.
 * One linear scan of the key, no regular expression over it.
 */

/** The group of files whose key names no claim. */
export const UNASSIGNED_CLAIM = 'UNASSIGNED';
/** The default claim prefix (`CLAIM_ID_PREFIX`). */
export const DEFAULT_CLAIM_PREFIX = 'CLM-';
const MAX_ID_CHARS = 40;

function isIdChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

/** The claim id `token` holds (upper-cased), or undefined. */
function claimOfToken(token: string, prefix: string): string | undefined {
  if (token.length <= prefix.length || token.length > prefix.length + MAX_ID_CHARS) return undefined;
  if (token.slice(0, prefix.length).toUpperCase() !== prefix.toUpperCase()) return undefined;
  for (let index = prefix.length; index < token.length; index += 1) {
    if (!isIdChar(token.charCodeAt(index))) return undefined;
  }
  return token.toUpperCase();
}

/** The claim id of `key` (relative to the input prefix or not), or {@link UNASSIGNED_CLAIM}. */
export function claimIdOf(key: string, prefix: string = DEFAULT_CLAIM_PREFIX): string {
  const segments = key.split('/');
  const fileName = segments.pop() ?? '';
  for (const segment of segments) {
    const id = claimOfToken(segment, prefix);
    if (id !== undefined) return id;
  }
  let token = '';
  for (const char of `${fileName}.`) {
    if (char === '_' || char === '.' || char === ' ') {
      const id = claimOfToken(token, prefix);
      if (id !== undefined) return id;
      token = '';
    } else token += char;
  }
  return UNASSIGNED_CLAIM;
}
