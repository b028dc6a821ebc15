/** SQS batch limits and the pure packing rule the batcher follows. */

/** SendMessageBatch accepts at most 10 entries... */
export const MAX_BATCH_ENTRIES = 10;
/** ...whose bodies total at most 256 KiB (262,144 bytes). */
export const MAX_BATCH_BYTES = 256 * 1024;

/**
 * How many of `sizes` (byte sizes, in queue order) the next batch takes: as many leading items as fit in both
 * limits, and always at least one when any is waiting (an item larger than `maxBytes` is refused before it is
 * queued, so it never reaches this point).
 */
export function takeBatchCount(
  sizes: readonly number[],
  maxEntries: number = MAX_BATCH_ENTRIES,
  maxBytes: number = MAX_BATCH_BYTES,
): number {
  let bytes = 0;
  let count = 0;
  for (const size of sizes) {
    if (count === maxEntries || (count > 0 && bytes + size > maxBytes)) break;
    bytes += size;
    count += 1;
  }
  return count;
}

/** Splits `items` into consecutive batches by {@link takeBatchCount}. */
export function planBatches<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  maxEntries: number = MAX_BATCH_ENTRIES,
  maxBytes: number = MAX_BATCH_BYTES,
): T[][] {
  const batches: T[][] = [];
  let rest = items;
  while (rest.length > 0) {
    const count = takeBatchCount(rest.map(sizeOf), maxEntries, maxBytes);
    batches.push(rest.slice(0, count));
    rest = rest.slice(count);
  }
  return batches;
}
