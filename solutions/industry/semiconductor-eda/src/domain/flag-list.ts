/** A bounded, order-independent list of flagged designs: the count is exact, the first entries by key are kept. */

/** Entries kept per list; more are only counted. */
export const MAX_FLAGGED = 25;

/** One flagged design and the figure that flagged it. */
export interface Flagged {
  key: string;
  value: number;
}

/** A list of flagged designs. */
export interface FlagList {
  count: number;
  items: Flagged[];
}

export const emptyFlags = (): FlagList => ({ count: 0, items: [] });

/** A list of one entry, or an empty list when `flagged` is false. */
export const flagOf = (flagged: boolean, key: string, value: number): FlagList =>
  flagged ? { count: 1, items: [{ key, value }] } : emptyFlags();

/** Both lists; the same in any order of merging (entries sorted by key, then value). */
export function mergeFlags(a: FlagList, b: FlagList): FlagList {
  const items = [...a.items, ...b.items].sort((x, y) => (x.key === y.key ? x.value - y.value : x.key < y.key ? -1 : 1));
  return { count: a.count + b.count, items: items.slice(0, MAX_FLAGGED) };
}
