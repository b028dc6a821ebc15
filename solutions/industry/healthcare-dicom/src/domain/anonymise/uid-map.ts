/** New UIDs for old ones: the same original UID always gives the same new UID for one salt (study consistency). */
import { createHmac } from 'node:crypto';

/** Maps one UID to its replacement. */
export type UidMapper = (uid: string) => string;

/**
 * A `2.25.<decimal>` UID (PS3.5 B.2: a UUID as an integer) whose UUID is the first 128 bits of
 * HMAC-SHA256(salt, uid) with the version 8 and RFC 4122 variant bits set: deterministic per deployment salt, not
 * reversible without it.
 */
export function createUidMapper(salt: string): UidMapper {
  const cache = new Map<string, string>();
  return (uid) => {
    const known = cache.get(uid);
    if (known !== undefined) return known;
    const digest = createHmac('sha256', salt).update(uid, 'latin1').digest().subarray(0, 16);
    digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x80;
    digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
    const mapped = `2.25.${BigInt(`0x${digest.toString('hex')}`).toString(10)}`;
    if (cache.size < 10_000) cache.set(uid, mapped);
    return mapped;
  };
}
