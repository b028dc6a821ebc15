/** Per-variant aggregation of A/B invocation records. */

/** One real-time invocation, as the A/B results table records it. */
export interface InvocationRecord {
  variant: string;
  latencyMs: number;
  error: boolean;
}

/** What the comparison reports per variant. */
export interface VariantAggregate {
  variant: string;
  invocations: number;
  errors: number;
  /** errors / invocations (0 without invocations). */
  errorRate: number;
  averageLatencyMs: number;
  p99LatencyMs: number;
}

/** The nearest-rank percentile (`p` in (0, 100]) of `values`; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

/** Average latency, p99 latency, error rate and invocation count of each variant, sorted by variant name. */
export function aggregateByVariant(records: readonly InvocationRecord[]): VariantAggregate[] {
  const groups = new Map<string, InvocationRecord[]>();
  for (const record of records) groups.set(record.variant, [...(groups.get(record.variant) ?? []), record]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([variant, group]) => {
      const latencies = group.map((record) => record.latencyMs);
      const errors = group.filter((record) => record.error).length;
      return {
        variant,
        invocations: group.length,
        errors,
        errorRate: errors / group.length,
        averageLatencyMs: latencies.reduce((sum, value) => sum + value, 0) / group.length,
        p99LatencyMs: percentile(latencies, 99),
      };
    });
}
