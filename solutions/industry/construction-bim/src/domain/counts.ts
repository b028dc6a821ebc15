/** Small helpers over count records and capped lists, shared by the summaries. */

/** Counts by name. */
export type Counts = Record<string, number>;

/** The sum of two count records; names come out sorted. */
export function addCounts(a: Counts, b: Counts): Counts {
  const out: Counts = {};
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
    out[name] = (a[name] ?? 0) + (b[name] ?? 0);
  return out;
}

/** `a` then `b`, at most `cap` items (associative: the first `cap` of the concatenation). */
export const capped = <T>(a: readonly T[], b: readonly T[], cap: number): T[] => [...a, ...b].slice(0, cap);
