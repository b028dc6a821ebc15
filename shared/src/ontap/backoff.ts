/** Exponential backoff with full jitter, shared by the ONTAP client's retries. */

/** How long to wait before retry number `attempt` (1-based): a random share of `min(max, base * 2^(attempt-1))`. */
export function backoffDelayMs(
  attempt: number,
  options: { baseDelayMs: number; maxDelayMs: number; random?: () => number },
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling * (options.random ?? Math.random)());
}

/** Resolves after `ms` milliseconds; the default sleep of the retrying clients. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
