/** Small helpers for summaries: the counts-by-name type, and sums kept to grams. */

/** Counts by name. */
export type Counts = Record<string, number>;

/** `a + b` rounded to three decimals (kilograms to grams), so any fold order gives the same total. */
export const addKg = (a: number, b: number): number => Math.round((a + b) * 1000) / 1000;
