import { type AthenaClient, type ColumnInfo, GetQueryResultsCommand } from '@aws-sdk/client-athena';
import { callAthena } from './errors';
import type { AnalyticsColumn, AnalyticsRow } from './types';
import { toTypedValue } from './values';

/** The columns of a result set, as the port describes them. */
export function columnsOf(info: readonly ColumnInfo[] | undefined): AnalyticsColumn[] {
  return (info ?? []).map((column, index) => ({
    name: column.Name ?? column.Label ?? `_col${index}`,
    type: (column.Type ?? 'varchar').toLowerCase(),
  }));
}

/**
 * Reads every page of GetQueryResults (NextToken) and yields typed rows. The first row of the first page of a
 * SELECT (`hasHeaderRow`) repeats the column names and is skipped, as Athena documents.
 */
export async function* resultRows(
  client: AthenaClient,
  queryExecutionId: string,
  options: { pageSize: number; hasHeaderRow: boolean },
): AsyncGenerator<AnalyticsRow> {
  let token: string | undefined;
  let first = true;
  let columns: AnalyticsColumn[] = [];
  do {
    const page = await callAthena('GetQueryResults', () =>
      client.send(
        new GetQueryResultsCommand({
          QueryExecutionId: queryExecutionId,
          NextToken: token,
          MaxResults: options.pageSize,
        }),
      ),
    );
    if (first) columns = columnsOf(page.ResultSet?.ResultSetMetadata?.ColumnInfo);
    const rows = page.ResultSet?.Rows ?? [];
    for (const [index, row] of rows.entries()) {
      if (first && index === 0 && options.hasHeaderRow) continue;
      const record: AnalyticsRow = {};
      for (const [position, column] of columns.entries()) {
        record[column.name] = toTypedValue(column.name, column.type, row.Data?.[position]?.VarCharValue);
      }
      yield record;
    }
    first = false;
    token = page.NextToken;
  } while (token);
}
