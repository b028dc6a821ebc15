/** Counts by name, the building block of the run summaries. */

/** How many of each name; names with no count are absent. */
export type Counts = Record<string, number>;

/** The sum of two counts, names sorted (so a summary reads the same whatever order it was folded in). */
export function addCounts(a: Counts, b: Counts): Counts {
  const out: Counts = {};
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[name] = (a[name] ?? 0) + (b[name] ?? 0);
  }
  return out;
}
