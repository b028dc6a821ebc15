/** Exponential backoff with full jitter, for retrying the part of a batch a service did not accept. */

/** Options of {@link backoffDelayMs}. */
export interface BackoffOptions {
  /** Delay cap before jitter of the first retry, in milliseconds; default 50. */
  baseDelayMs?: number;
  /** Largest delay, in milliseconds; default 5,000. */
  maxDelayMs?: number;
  /** A number in [0, 1); default `Math.random`. Tests pass a fixed one. */
  random?: () => number;
}

/** Default first-retry delay cap of {@link backoffDelayMs}. */
export const DEFAULT_BASE_DELAY_MS = 50;
/** Default largest delay of {@link backoffDelayMs}. */
export const DEFAULT_MAX_DELAY_MS = 5_000;

/**
 * The delay before retry number `retry` (1 for the first retry): a random value in `[0, min(max, base * 2^(retry-1)))`
 * ("full jitter"), so callers throttled together do not retry in lockstep.
 *
 * @example backoffDelayMs(3, { baseDelayMs: 100, random: () => 0.5 }) // 200
 */
export function backoffDelayMs(retry: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const max = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  return Math.floor(ceiling * random());
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
