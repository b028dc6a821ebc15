/**
 * Running mean and variance in one pass (Welford's algorithm): numerically stable, constant memory per curve, and
 * two accumulators merge exactly (Chan et al.), so a split stream adds up to the same statistics.
 */

/** The running statistics of one series. */
export interface RunningStats {
  count: number;
  mean: number;
  /** Sum of squared differences from the mean. */
  m2: number;
  min: number;
  max: number;
}

/** Statistics of no value. */
export function emptyStats(): RunningStats {
  return { count: 0, mean: 0, m2: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
}

/** Adds one value in place. */
export function addValue(stats: RunningStats, value: number): void {
  stats.count += 1;
  const delta = value - stats.mean;
  stats.mean += delta / stats.count;
  stats.m2 += delta * (value - stats.mean);
  if (value < stats.min) stats.min = value;
  if (value > stats.max) stats.max = value;
}

/** The statistics of both series together. */
export function mergeStats(a: RunningStats, b: RunningStats): RunningStats {
  if (a.count === 0) return { ...b };
  if (b.count === 0) return { ...a };
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  return {
    count,
    mean: a.mean + (delta * b.count) / count,
    m2: a.m2 + b.m2 + (delta * delta * a.count * b.count) / count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/** Population standard deviation (0 for fewer than two values). */
export function standardDeviation(stats: RunningStats): number {
  return stats.count < 2 ? 0 : Math.sqrt(Math.max(0, stats.m2) / stats.count);
}
