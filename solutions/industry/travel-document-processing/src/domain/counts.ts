/** Counts by name, added key by key (keys sorted), for the run summaries. */
export function addCounts<K extends string>(
  a: Partial<Record<K, number>>,
  b: Partial<Record<K, number>>,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort() as K[];
  for (const key of keys) out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return out;
}
