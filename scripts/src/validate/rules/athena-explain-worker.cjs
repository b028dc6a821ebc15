// Runs EXPLAIN for named queries against empty tables with their Glue columns, for the `athena` validator rule.
// Reads {tables: [{database, name, columns: [{name, type}]}], queries: [{id, database, sql}]} on stdin and prints
// [{id, error?}] on stdout. A child process, because validator rules are synchronous and DuckDB's API is not.
const { DuckDBInstance } = require('@duckdb/node-api');

const quote = (name) => `"${String(name).replaceAll('"', '""')}"`;
const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;

async function main() {
  const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const schemas = new Set(input.tables.map((table) => table.database));
  for (const query of input.queries) schemas.add(query.database);
  for (const schema of schemas) await connection.run(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
  for (const table of input.tables) {
    const columns = table.columns.map((column) => `${quote(column.name)} ${column.type}`).join(', ');
    await connection.run(`CREATE TABLE ${quote(table.database)}.${quote(table.name)} (${columns})`);
  }
  const results = [];
  for (const query of input.queries) {
    try {
      await connection.run(`SET schema = ${literal(query.database)}`);
      await connection.run(`EXPLAIN ${query.sql}`);
      results.push({ id: query.id });
    } catch (error) {
      results.push({ id: query.id, error: String(error.message).split('\n')[0] });
    }
  }
  connection.closeSync();
  instance.closeSync();
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
