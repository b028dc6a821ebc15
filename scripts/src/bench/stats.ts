/** The median of `values` (the mean of the two middle values for an even count); throws on an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Nanoseconds as milliseconds with one decimal (`12345678n` -> `'12.3'`). */
export function formatMs(nanoseconds: number): string {
  return (nanoseconds / 1e6).toFixed(1);
}
