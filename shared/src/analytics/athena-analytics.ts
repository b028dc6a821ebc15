import { AthenaClient, type AthenaClientConfig, StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { createAwsClient } from '../observability/aws-client';
import { callAthena } from './errors';
import { findNamedQuery } from './named-queries';
import { resultRows } from './result-rows';
import type { AnalyticsRow, NamedQuery, NamedQueryRef, QueryRequest, SqlAnalytics } from './types';
import { formatParameter } from './values';
import { type PollSettings, sleep, waitForQuery } from './wait-for-query';

/** Where and how {@link AthenaAnalytics} runs queries. */
export interface AthenaAnalyticsOptions {
  /** The workgroup every query runs in (its enforced settings win over `outputLocation`). */
  readonly workGroup: string;
  /** `s3://bucket/prefix/` for the result files; omit when the workgroup sets it. */
  readonly outputLocation?: string;
  /** The database unqualified tables resolve in, unless a request names its own. */
  readonly database?: string;
  readonly catalog?: string;
  /** Stop the query and throw `QueryTimeoutError` after this many milliseconds (default 60 000). */
  readonly deadlineMs?: number;
  /** First pause between status polls (default 200 ms), doubled up to `maxPollIntervalMs` (default 2 000 ms). */
  readonly pollIntervalMs?: number;
  readonly maxPollIntervalMs?: number;
  /** Rows per GetQueryResults page (Athena allows at most 1 000). */
  readonly pageSize?: number;
  readonly client?: AthenaClient;
  readonly clientConfig?: AthenaClientConfig;
  /** Test seams for the poll loop. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * The {@link SqlAnalytics} port on Amazon Athena: StartQueryExecution in a workgroup with execution parameters,
 * GetQueryExecution polled with backoff up to a deadline, GetQueryResults read page by page into typed rows.
 *
 * @example
 * const analytics = new AthenaAnalytics({ workGroup: 'audit', database: 'audit_db' });
 * for await (const row of analytics.rows({ sql: 'SELECT path FROM findings WHERE size > ?', parameters: [1024] })) {
 *   console.log(row.path);
 * }
 */
export class AthenaAnalytics implements SqlAnalytics {
  private readonly client: AthenaClient;
  private readonly poll: PollSettings;

  constructor(private readonly options: AthenaAnalyticsOptions) {
    this.client = options.client ?? createAwsClient(AthenaClient, options.clientConfig ?? {});
    this.poll = {
      intervalMs: options.pollIntervalMs ?? 200,
      maxIntervalMs: options.maxPollIntervalMs ?? 2000,
      deadlineMs: options.deadlineMs ?? 60_000,
      sleep: options.sleep ?? sleep,
      now: options.now ?? Date.now,
    };
  }

  /** Runs `request` and yields typed rows. Throws `QueryFailedError`, `QueryTimeoutError` or `ThrottlingError`. */
  async *rows<T extends AnalyticsRow = AnalyticsRow>(request: QueryRequest): AsyncIterable<T> {
    const parameters = (request.parameters ?? []).map(formatParameter);
    const database = request.database ?? this.options.database;
    const started = await callAthena('StartQueryExecution', () =>
      this.client.send(
        new StartQueryExecutionCommand({
          QueryString: request.sql,
          WorkGroup: this.options.workGroup,
          QueryExecutionContext:
            database || this.options.catalog ? { Database: database, Catalog: this.options.catalog } : undefined,
          ResultConfiguration: this.options.outputLocation
            ? { OutputLocation: this.options.outputLocation }
            : undefined,
          ExecutionParameters: parameters.length > 0 ? parameters : undefined,
        }),
      ),
    );
    const id = started.QueryExecutionId ?? '';
    const execution = await waitForQuery(this.client, id, this.poll);
    const statement = execution.StatementType;
    const hasHeaderRow = statement !== 'DDL' && statement !== 'UTILITY';
    for await (const row of resultRows(this.client, id, { pageSize: this.options.pageSize ?? 1000, hasHeaderRow })) {
      yield row as T;
    }
  }

  /** Looks up a named query by id, or by name in this workgroup. Throws `NamedQueryNotFoundError`. */
  namedQuery(ref: NamedQueryRef): Promise<NamedQuery> {
    return findNamedQuery(this.client, ref, this.options.workGroup);
  }
}

/**
 * Runs the named query `ref` (its SQL and database as the template defines them) with `parameters` and collects
 * at most `limit` rows. Throws `NamedQueryNotFoundError`, `QueryFailedError`, `QueryTimeoutError`.
 */
export async function runNamedQuery<T extends AnalyticsRow = AnalyticsRow>(
  analytics: SqlAnalytics,
  ref: NamedQueryRef,
  options: { parameters?: QueryRequest['parameters']; limit?: number } = {},
): Promise<{ query: NamedQuery; rows: T[] }> {
  const query = await analytics.namedQuery(ref);
  const rows: T[] = [];
  const limit = options.limit ?? 10_000;
  for await (const row of analytics.rows<T>({
    sql: query.sql,
    database: query.database,
    parameters: options.parameters,
  })) {
    if (rows.length >= limit) break;
    rows.push(row);
  }
  return { query, rows };
}
