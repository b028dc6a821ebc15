import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** A Glue table with DuckDB column types. */
export interface ExplainTable {
  database: string;
  name: string;
  columns: { name: string; type: string }[];
}

/** One query to check: translated SQL with its parameters bound to NULL. */
export interface ExplainQuery {
  id: string;
  database: string;
  sql: string;
}

/**
 * EXPLAINs each query in DuckDB over empty tables of the given columns (in a child process: rules are synchronous,
 * DuckDB's API is not). Returns each query's error, or undefined when it parses and binds.
 */
export function explainQueries(tables: ExplainTable[], queries: ExplainQuery[]): Map<string, string | undefined> {
  const child = spawnSync(process.execPath, [path.join(__dirname, 'athena-explain-worker.cjs')], {
    input: JSON.stringify({ tables, queries }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) {
    const reason = child.error?.message ?? child.stderr.split('\n')[0] ?? `exit ${child.status}`;
    return new Map(queries.map((query) => [query.id, `DuckDB could not run EXPLAIN: ${reason}`]));
  }
  const results = JSON.parse(child.stdout) as { id: string; error?: string }[];
  return new Map(results.map((result) => [result.id, result.error]));
}
