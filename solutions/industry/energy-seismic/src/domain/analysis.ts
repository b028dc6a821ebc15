/**
 * The Athena step: runs this pattern's named queries (defined in the template) over the JSON Lines records the two
 * branches wrote, each filtered to the current execution, and keeps their rows (bounded) for the compliance report.
 */
import { type AnalyticsRow, runNamedQuery, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';

/** The named queries, by the suffix of their name (`<stack>-<suffix>` in the template). */
export const QUERY_SUFFIXES = ['seismic-survey', 'anomalies-by-curve', 'well-log-summary'] as const;
export type QuerySuffix = (typeof QUERY_SUFFIXES)[number];

/** Rows kept per query. */
export const MAX_ROWS_PER_QUERY = 200;

/** Each query's rows, by suffix. */
export type AnalysisRows = Record<QuerySuffix, AnalyticsRow[]>;

/** Runs every named query (`${prefix}${suffix}`) with the execution id as its one parameter. */
export async function runAnalysis(analytics: SqlAnalytics, prefix: string, executionId: string): Promise<AnalysisRows> {
  const out: Partial<AnalysisRows> = {};
  for (const suffix of QUERY_SUFFIXES) {
    const { rows } = await runNamedQuery(
      analytics,
      { name: `${prefix}${suffix}` },
      {
        parameters: [executionId],
        limit: MAX_ROWS_PER_QUERY,
      },
    );
    out[suffix] = rows;
  }
  return out as AnalysisRows;
}
