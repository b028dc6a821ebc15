import { ApiError } from './errors';
import { duckdbType } from './glue-types';

/** The parts of a Glue TableInput the local Athena reads. */
export interface GlueTable {
  readonly database: string;
  readonly name: string;
  readonly location: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly format: 'json' | 'csv' | 'parquet';
  readonly delimiter: string;
  readonly skipHeaderLines: number;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads a Glue CreateTable input into a {@link GlueTable}; throws `ApiError` for what it cannot serve. */
export function parseGlueTable(database: string, input: Json): GlueTable {
  const name = text(input.Name).toLowerCase();
  const storage = (input.StorageDescriptor ?? {}) as Json;
  const serde = (storage.SerdeInfo ?? {}) as Json;
  const serdeParameters = (serde.Parameters ?? {}) as Json;
  const parameters = (input.Parameters ?? {}) as Json;
  const location = text(storage.Location);
  if (!name) throw new ApiError('InvalidInputException', 'TableInput.Name is required');
  if (!location.startsWith('s3://')) {
    throw new ApiError('InvalidInputException', `table ${name}: StorageDescriptor.Location must be an s3:// URI`);
  }
  const hints = `${text(storage.InputFormat)} ${text(serde.SerializationLibrary)} ${text(parameters.classification)}`;
  const lower = hints.toLowerCase();
  const format = lower.includes('parquet')
    ? 'parquet'
    : lower.includes('json')
      ? 'json'
      : lower.includes('csv') || lower.includes('lazysimpleserde')
        ? 'csv'
        : undefined;
  if (!format)
    throw new ApiError('InvalidInputException', `table ${name}: cannot tell its format from "${hints.trim()}"`);
  const columns = [...((storage.Columns ?? []) as Json[]), ...((input.PartitionKeys ?? []) as Json[])].map(
    (column) => ({ name: text(column.Name).toLowerCase(), type: duckdbType(text(column.Type)) }),
  );
  if (columns.length === 0) throw new ApiError('InvalidInputException', `table ${name}: it has no columns`);
  const delimiter = text(serdeParameters['field.delim']) || text(serdeParameters.separatorChar) || ',';
  const skip = Number(text(parameters['skip.header.line.count']) || '0');
  return {
    database,
    name,
    location,
    columns,
    format,
    delimiter,
    skipHeaderLines: Math.max(Number.isFinite(skip) ? skip : 0, 0),
  };
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The SELECT a table's view runs over the local copy of its objects in `dir`: the Glue columns are the schema
 * (JSON keys or CSV fields that are absent read as NULL), Parquet columns are cast to the Glue types. A table with
 * no objects yet is an empty relation of the same columns, as Athena answers for an empty prefix.
 */
export function tableSelect(table: GlueTable, dir: string, hasFiles: boolean): string {
  const columns = table.columns.map((column) => `${quote(column.name)}`).join(', ');
  if (!hasFiles) {
    const nulls = table.columns.map((column) => `CAST(NULL AS ${column.type}) AS ${quote(column.name)}`).join(', ');
    return `SELECT ${nulls} LIMIT 0`;
  }
  const glob = literal(`${dir}/**`);
  const struct = `{${table.columns.map((column) => `${literal(column.name)}: ${literal(column.type)}`).join(', ')}}`;
  if (table.format === 'json') {
    return `SELECT ${columns} FROM read_ndjson(${glob}, columns = ${struct}, hive_partitioning = false)`;
  }
  if (table.format === 'csv') {
    const header = table.skipHeaderLines > 0 ? `, skip = ${table.skipHeaderLines}` : '';
    return `SELECT ${columns} FROM read_csv(${glob}, columns = ${struct}, delim = ${literal(table.delimiter)}, header = false${header})`;
  }
  const casts = table.columns.map((column) => `CAST(${quote(column.name)} AS ${column.type}) AS ${quote(column.name)}`);
  return `SELECT ${casts.join(', ')} FROM read_parquet(${glob}, union_by_name = true)`;
}

/** `"database"."table"` in DuckDB. */
export function qualifiedName(table: GlueTable): string {
  return `${quote(table.database)}.${quote(table.name)}`;
}

export { literal, quote };
