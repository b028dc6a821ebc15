/** A typed value of one result cell: varchar as string, numbers, booleans, dates and timestamps as `Date`. */
export type AnalyticsValue = string | number | boolean | Date | null;

/** One result row, keyed by column name. */
export type AnalyticsRow = Record<string, AnalyticsValue>;

/** A value bound to a `?` placeholder; formatted as a SQL literal and sent as an execution parameter. */
export type SqlParameter = string | number | boolean | Date | null;

/** A result column as the engine describes it. */
export interface AnalyticsColumn {
  readonly name: string;
  /** The engine's type name in lower case: varchar, integer, bigint, double, boolean, date, timestamp, ... */
  readonly type: string;
}

/** SQL text to run, with one parameter per `?` placeholder in order. */
export interface QueryRequest {
  readonly sql: string;
  readonly parameters?: readonly SqlParameter[];
  /** The database unqualified table names resolve in; the adapter's default otherwise. */
  readonly database?: string;
}

/** A query that a template defines by name (an `AWS::Athena::NamedQuery`). */
export interface NamedQuery {
  readonly id: string;
  readonly name: string;
  readonly database: string;
  readonly sql: string;
  readonly workGroup?: string;
}

/** Which named query to run: by its name (searched in the adapter's workgroup) or by its id. */
export type NamedQueryRef = { readonly name: string } | { readonly id: string };

/**
 * The SQL analytics port: runs SQL over the tables of a data catalog and streams typed rows. Domain code depends
 * on this port; {@link AthenaAnalytics} implements it with Amazon Athena (or the local runtime's emulation).
 */
export interface SqlAnalytics {
  /** Runs `request` and yields its rows as they are read. Throws `QueryFailedError` or `QueryTimeoutError`. */
  rows<T extends AnalyticsRow = AnalyticsRow>(request: QueryRequest): AsyncIterable<T>;
  /** Looks up a named query. Throws `NamedQueryNotFoundError` when there is none. */
  namedQuery(ref: NamedQueryRef): Promise<NamedQuery>;
}
