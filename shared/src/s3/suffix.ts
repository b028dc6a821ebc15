import { type Env, listEnv } from '../config';

/** Lower-cases suffixes and drops a leading `*` (`*.JPG` -> `.jpg`) and empty items. */
export function normalizeSuffixes(suffixes: readonly string[]): string[] {
  return suffixes.map((suffix) => suffix.trim().replace(/^\*+/, '').toLowerCase()).filter((suffix) => suffix !== '');
}

/**
 * True when `key` ends with one of `suffixes`, ignoring case; an empty list matches every key.
 * @example matchesSuffix('photos/CAT.JPG', ['.jpg', '.png']) // true
 */
export function matchesSuffix(key: string, suffixes: readonly string[]): boolean {
  if (suffixes.length === 0) return true;
  const lower = key.toLowerCase();
  return suffixes.some((suffix) => lower.endsWith(suffix.toLowerCase()));
}

/** The suffixes of `SUFFIX_FILTER` (comma list, e.g. `.jpg,.png`), normalised; `fallback` when unset. */
export function suffixesFromEnv(env: Env = process.env, fallback: readonly string[] = []): string[] {
  return normalizeSuffixes(listEnv('SUFFIX_FILTER', fallback, env));
}
