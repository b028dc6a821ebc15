/**
 * The AthenaAnalysis step: runs the template's three named queries over the ACL table through the analytics port
 * and keeps the rows of this run (the queries read the newest collection; a concurrent run's rows are dropped).
 */
import { type AnalyticsRow, runNamedQuery, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';

/** The named queries, as the template names them. */
export const QUERY_NAMES = {
  overlyPermissive: 'overly_permissive_shares',
  staleEntries: 'stale_access_entries',
  policyViolations: 'policy_violations',
} as const;

/** Rows kept per query; more are counted, not listed. */
export const MAX_ROWS_PER_QUERY = 1000;

/** An entry granting Everyone or Authenticated Users write, change or full control. */
export interface PermissiveFinding {
  source: string;
  share_name: string | null;
  key: string;
  principal: string;
  rights: string;
}

/** An entry whose SID does not resolve, or whose account is disabled. */
export interface StaleFinding {
  key: string;
  principal: string;
  sid: string | null;
  rights: string;
  resolved: boolean;
  account_disabled: boolean;
}

/** A write right held under a policy prefix by a principal the policy does not list. */
export interface PolicyFinding {
  key: string;
  principal: string;
  rights: string;
  prefix: string;
}

/** The findings of one run. */
export interface Findings {
  executionId: string;
  overlyPermissive: PermissiveFinding[];
  staleEntries: StaleFinding[];
  policyViolations: PolicyFinding[];
  /** The SQL each query ran, for the record. */
  sql: Record<keyof typeof QUERY_NAMES, string>;
}

type Row = AnalyticsRow & { execution_id?: unknown };

async function ofRun<T>(analytics: SqlAnalytics, name: string, executionId: string) {
  const { query, rows } = await runNamedQuery<Row>(analytics, { name }, { limit: MAX_ROWS_PER_QUERY });
  const kept = rows
    .filter((row) => row.execution_id === executionId)
    .map(({ execution_id: _run, ...rest }) => rest as unknown as T);
  return { sql: query.sql, rows: kept };
}

/** Runs the three queries. Throws the port's `QueryFailedError`, `QueryTimeoutError`, `NamedQueryNotFoundError`. */
export async function analyse(analytics: SqlAnalytics, executionId: string): Promise<Findings> {
  const permissive = await ofRun<PermissiveFinding>(analytics, QUERY_NAMES.overlyPermissive, executionId);
  const stale = await ofRun<StaleFinding>(analytics, QUERY_NAMES.staleEntries, executionId);
  const violations = await ofRun<PolicyFinding>(analytics, QUERY_NAMES.policyViolations, executionId);
  return {
    executionId,
    overlyPermissive: permissive.rows,
    staleEntries: stale.rows,
    policyViolations: violations.rows,
    sql: { overlyPermissive: permissive.sql, staleEntries: stale.sql, policyViolations: violations.sql },
  };
}

/** The counts the state machine carries to the report. */
export function findingCounts(findings: Findings) {
  return {
    overlyPermissive: findings.overlyPermissive.length,
    staleEntries: findings.staleEntries.length,
    policyViolations: findings.policyViolations.length,
  };
}
