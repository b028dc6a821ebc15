/** Small helpers for summaries: counts by name, and sums kept to grams. */

/** Counts by name. */
export type Counts = Record<string, number>;

/** The sum of two counts, names sorted. */
export function mergeCounts(a: Counts, b: Counts): Counts {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(names.map((name) => [name, (a[name] ?? 0) + (b[name] ?? 0)]));
}

/** `a + b` rounded to three decimals (kilograms to grams), so any fold order gives the same total. */
export const addKg = (a: number, b: number): number => Math.round((a + b) * 1000) / 1000;
