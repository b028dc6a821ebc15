/**
 * DRC aggregation after the Map: the `drc-statistics` named query (min/max/avg/p95 per metric over this run's
 * rows of the analytics table), run through the SQL analytics port.
 */
import { type AnalyticsRow, runNamedQuery, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { ValidationError } from '@fsxn-s3ap/shared/errors';

/** One metric's statistics over the run's designs (null when no design has the metric). */
export interface MetricStatistics {
  metric: string;
  designs: number;
  min: number | null;
  max: number | null;
  avg: number | null;
  p95: number | null;
}

/** What the DRC step hands to the report. */
export interface DrcStatistics {
  query: string;
  metrics: MetricStatistics[];
  /** Why there are no statistics (the state machine's DrcUnavailable state sets it). */
  error?: string;
}

const numberOrNull = (row: AnalyticsRow, column: string): number | null => {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' ? Number(value) : Number.NaN;
  if (Number.isNaN(parsed)) throw new ValidationError(`drc-statistics column ${column} is not a number: ${value}`);
  return parsed;
};

/** A result row as {@link MetricStatistics}; ValidationError when a column is missing or not numeric. */
export function toMetricStatistics(row: AnalyticsRow): MetricStatistics {
  if (typeof row.metric !== 'string') throw new ValidationError('drc-statistics row has no metric column');
  return {
    metric: row.metric,
    designs: numberOrNull(row, 'designs') ?? 0,
    min: numberOrNull(row, 'min_value'),
    max: numberOrNull(row, 'max_value'),
    avg: numberOrNull(row, 'avg_value'),
    p95: numberOrNull(row, 'p95_value'),
  };
}

/** Runs the named query `queryName` for `executionId`. Throws the port's named errors. */
export async function drcStatistics(
  analytics: SqlAnalytics,
  queryName: string,
  executionId: string,
): Promise<DrcStatistics> {
  const { query, rows } = await runNamedQuery(
    analytics,
    { name: queryName },
    { parameters: [executionId], limit: 100 },
  );
  return { query: query.name, metrics: rows.map(toMetricStatistics) };
}
