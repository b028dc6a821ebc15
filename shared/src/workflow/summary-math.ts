/**
 * Building blocks of `SummaryReducer.merge`: summaries must merge associatively and give the same record for any
 * split of a run, so count maps keep their keys sorted and capped lists keep the first items of the concatenation.
 */

/** A count per name, e.g. files by format. */
export type Counts<K extends string = string> = Partial<Record<K, number>>;

/** The sum of two count maps of the same type, keys sorted (a key missing on one side counts as 0). */
export function addCounts<M extends Counts>(a: M, b: M): M {
  const left: Counts = a;
  const right: Counts = b;
  const out: Counts = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[key] = (left[key] ?? 0) + (right[key] ?? 0);
  }
  return out as M;
}

/** `a` then `b`, at most `cap` items: associative, since it is the first `cap` of the whole concatenation. */
export function capped<T>(a: readonly T[], b: readonly T[], cap: number): T[] {
  return [...a, ...b].slice(0, cap);
}

/** The keys of `T` whose values are numbers. */
export type NumericKeys<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];

/**
 * The field-wise sums of `keys` of two summaries, for the counting part of a `merge`:
 * `({ ...sumFields(a, b, ['files', 'bytes', 'review']), byFormat: addCounts(a.byFormat, b.byFormat) })`.
 */
export function sumFields<T, K extends NumericKeys<T>>(a: T, b: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) (out as Record<K, number>)[key] = (a[key] as number) + (b[key] as number);
  return out;
}
