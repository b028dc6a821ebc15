/** Summaries that are records of integer counts: empty is all zeros, merge adds field by field (exact, associative). */
import { sumFields } from '@fsxn-s3ap/shared/workflow';

/** `empty` and `merge` of a record whose `keys` are counts. */
export function countsReducer<T extends Record<K, number>, K extends string>(keys: readonly K[]) {
  return {
    empty: (): T => Object.fromEntries(keys.map((key) => [key, 0])) as T,
    merge: (a: T, b: T): T => sumFields<Record<K, number>, K>(a, b, keys) as T,
  };
}
