/** The prefix and suffix rule of the EventBridge rule, re-checked in code for inputs that did not come through it. */
import { matchesSuffix } from '@fsxn-s3ap/shared/s3';

/** Why `key` is outside the filter, or undefined when it is inside (suffixes compared case-insensitively). */
export function filterMismatch(key: string, prefix: string, suffixes: readonly string[]): string | undefined {
  if (!key.startsWith(prefix)) return `key ${key} is outside the prefix "${prefix}"`;
  if (!matchesSuffix(key, suffixes)) return `key ${key} does not end in one of ${suffixes.join(', ')}`;
  return undefined;
}
