import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ApiError, AthenaQueryError } from './errors';
import { athenaType } from './glue-types';
import { ObjectMirror } from './object-mirror';
import { translateSql } from './sql-text';
import { type GlueTable, literal, parseGlueTable, qualifiedName, quote, tableSelect } from './table-source';

/** The result of one query: Athena column info and every row as Athena's text values (null for SQL NULL). */
export interface QueryOutcome {
  readonly statementType: 'DML' | 'UTILITY';
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly rows: readonly (string | null)[][];
}

/** A query that can be interrupted while it runs (StopQueryExecution, the deadline). */
export interface RunningQuery {
  readonly outcome: Promise<QueryOutcome>;
  interrupt(): void;
}

const UTILITY = new Set(['explain', 'show', 'describe']);

/**
 * DuckDB behind the local Athena: each Glue database is a schema, each Glue table a view over a local mirror of
 * the objects under its Location in the S3 emulator, refreshed before every query.
 */
export class AthenaEngine {
  private readonly tables = new Map<string, { table: GlueTable; mirror: ObjectMirror }>();
  private readonly databases = new Set<string>();
  private refreshing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly admin: DuckDBConnection,
    private readonly s3: S3Client,
    private readonly dataDir: string,
  ) {}

  /**
   * An in-memory DuckDB; table data is mirrored under `dataDir`. The native binding loads here, not on import, so a
   * process that never starts the Athena emulator never loads it (it holds a handle that keeps a process alive).
   */
  static async create(s3: S3Client, dataDir: string): Promise<AthenaEngine> {
    const { DuckDBInstance: Instance } = await import('@duckdb/node-api');
    const instance = await Instance.create(':memory:');
    return new AthenaEngine(instance, await instance.connect(), s3, dataDir);
  }

  /** Glue CreateDatabase. Throws `ApiError` AlreadyExistsException. */
  async createDatabase(name: string): Promise<void> {
    const key = name.toLowerCase();
    if (this.databases.has(key)) throw new ApiError('AlreadyExistsException', `Database ${name} already exists`);
    await this.admin.run(`CREATE SCHEMA ${quote(key)}`);
    this.databases.add(key);
  }

  /** Glue CreateTable. Throws `ApiError` for an unknown database, a duplicate or an unreadable definition. */
  async createTable(database: string, input: Record<string, unknown>): Promise<GlueTable> {
    const db = database.toLowerCase();
    if (!this.databases.has(db)) throw new ApiError('EntityNotFoundException', `Database ${database} not found`);
    const table = parseGlueTable(db, input);
    const key = `${db}.${table.name}`;
    if (this.tables.has(key)) throw new ApiError('AlreadyExistsException', `Table ${key} already exists`);
    const mirror = new ObjectMirror(this.s3, table.location, path.join(this.dataDir, db, table.name));
    this.tables.set(key, { table, mirror });
    await this.admin.run(`CREATE VIEW ${qualifiedName(table)} AS ${tableSelect(table, mirror.dir, false)}`);
    return table;
  }

  /** The Glue table `database.name`, if defined. */
  table(database: string, name: string): GlueTable | undefined {
    return this.tables.get(`${database.toLowerCase()}.${name.toLowerCase()}`)?.table;
  }

  /** Mirrors every table's objects and points its view at them (one refresh at a time). */
  private refresh(): Promise<void> {
    const run = this.refreshing.then(async () => {
      for (const { table, mirror } of this.tables.values()) {
        const files = await mirror.sync();
        await this.admin.run(
          `CREATE OR REPLACE VIEW ${qualifiedName(table)} AS ${tableSelect(table, mirror.dir, files > 0)}`,
        );
      }
    });
    this.refreshing = run.catch(() => undefined);
    return run;
  }

  /** Starts `sql` (parameters already bound) in `database`; the outcome rejects with `AthenaQueryError`. */
  start(sql: string, database: string | undefined): RunningQuery {
    let connection: DuckDBConnection | undefined;
    let interrupted = false;
    const outcome = (async (): Promise<QueryOutcome> => {
      const translated = translateSql(sql);
      const db = (database ?? 'default').toLowerCase();
      if (database !== undefined && !this.databases.has(db)) {
        throw new AthenaQueryError(`SCHEMA_NOT_FOUND: line 1:1: Schema '${database}' does not exist`);
      }
      await this.refresh();
      connection = await this.instance.connect();
      if (interrupted) throw new AthenaQueryError('Query was cancelled');
      try {
        await connection.run('SET integer_division = true');
        if (this.databases.has(db)) await connection.run(`SET schema = ${literal(db)}`);
        const reader = await connection.runAndReadAll(translated);
        const types = reader.columnTypes().map((type) => athenaType(String(type)));
        const columns = reader.columnNames().map((name, index) => ({ name, type: types[index] ?? 'varchar' }));
        const rows = reader.getRows().map((row) => row.map((value, index) => athenaText(value, types[index])));
        const first = translated.trim().split(/\s/, 1)[0]?.toLowerCase() ?? '';
        return { statementType: UTILITY.has(first) ? 'UTILITY' : 'DML', columns, rows };
      } catch (error) {
        throw new AthenaQueryError(interrupted ? 'Query was cancelled' : describe(error));
      } finally {
        connection.closeSync();
      }
    })();
    return {
      outcome,
      interrupt: () => {
        interrupted = true;
        connection?.interrupt();
      },
    };
  }

  /** Closes DuckDB. */
  close(): void {
    this.admin.closeSync();
    this.instance.closeSync();
  }
}

/** DuckDB's message in Athena's words: a catalog error reads as TABLE_NOT_FOUND / COLUMN_NOT_FOUND. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const message = (text.split('\n')[0] ?? '').replace(/^Error: /, '');
  if (message.startsWith('Catalog Error: Table with name')) return `TABLE_NOT_FOUND: ${message}`;
  if (message.startsWith('Binder Error: Referenced column')) return `COLUMN_NOT_FOUND: ${message}`;
  if (message.startsWith('Parser Error')) return `SYNTAX_ERROR: ${message}`;
  if (message.startsWith('Invalid Input Error') || message.startsWith('Conversion Error')) {
    return `HIVE_BAD_DATA: ${message}`;
  }
  return message;
}

/** A value as Athena prints it: NULL absent, a whole double with `.0` (Trino writes 2.0, DuckDB 2). */
function athenaText(value: unknown, type: string | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const whole =
    text !== '' && [...text].every((char, index) => (char >= '0' && char <= '9') || (index === 0 && char === '-'));
  return (type === 'double' || type === 'real') && whole ? `${text}.0` : text;
}
