import { availableParallelism } from 'node:os';

/** Build steps run in parallel, but no more than the machine's cores (at most 2) at a time. */
export const BUILD_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Maps `items` through `task` with at most `limit` tasks in flight; results keep the order of `items`.
 * Rejects with the first failure after the tasks already started have settled.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
