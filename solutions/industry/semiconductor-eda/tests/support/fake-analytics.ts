/** A SqlAnalytics fake: one named query, answering fixed rows and recording the requests. */
import {
  type AnalyticsRow,
  NamedQueryNotFoundError,
  type QueryRequest,
  type SqlAnalytics,
} from '@fsxn-s3ap/shared/analytics';

export function fakeAnalytics(name: string, rows: AnalyticsRow[]): SqlAnalytics & { requests: QueryRequest[] } {
  const requests: QueryRequest[] = [];
  return {
    requests,
    async namedQuery(ref) {
      if (!('name' in ref) || ref.name !== name)
        throw new NamedQueryNotFoundError(`no named query is called ${JSON.stringify(ref)}`);
      return { id: 'q-1', name, database: 'eda_db', sql: 'SELECT 1 WHERE ? IS NOT NULL' };
    },
    async *rows<T extends AnalyticsRow>(request: QueryRequest) {
      requests.push(request);
      for (const row of rows) yield row as T;
    },
  };
}
