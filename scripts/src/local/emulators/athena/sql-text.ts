import { AthenaQueryError } from './errors';

/** One run of SQL text: code, a 'string', a "quoted identifier" or a comment. */
interface Segment {
  kind: 'code' | 'string' | 'ident' | 'comment';
  text: string;
}

function closeOf(sql: string, start: number, quote: string): number {
  for (let i = start + 1; i < sql.length; i += 1) {
    if (sql[i] !== quote) continue;
    if (sql[i + 1] === quote) i += 1;
    else return i;
  }
  throw new AthenaQueryError(`line 1:${start + 1}: unterminated ${quote === "'" ? 'string' : 'quoted identifier'}`);
}

/** Splits SQL into code, strings, quoted identifiers and comments in one linear pass. */
export function segments(sql: string): Segment[] {
  const out: Segment[] = [];
  let code = '';
  const flush = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  for (let i = 0; i < sql.length; i += 1) {
    const char = sql[i] ?? '';
    const pair = sql.slice(i, i + 2);
    if (char === "'" || char === '"') {
      const end = closeOf(sql, i, char);
      flush();
      out.push({ kind: char === "'" ? 'string' : 'ident', text: sql.slice(i, end + 1) });
      i = end;
    } else if (pair === '--' || pair === '/*') {
      const found = pair === '--' ? sql.indexOf('\n', i) : sql.indexOf('*/', i + 2);
      const end = found < 0 ? sql.length : pair === '--' ? found : found + 2;
      flush();
      out.push({ kind: 'comment', text: sql.slice(i, end) });
      i = end - 1;
    } else code += char;
  }
  flush();
  return out;
}

/**
 * Replaces each `?` outside strings, identifiers and comments with the next execution parameter (SQL literal
 * text, as Athena's ExecutionParameters are). Throws `AthenaQueryError` when the counts differ.
 */
export function bindParameters(sql: string, parameters: readonly string[]): string {
  let next = 0;
  const bound = segments(sql).map((segment) => {
    if (segment.kind !== 'code') return segment.text;
    return segment.text.replaceAll('?', () => {
      next += 1;
      return parameters[next - 1] ?? '?';
    });
  });
  if (next !== parameters.length) {
    throw new AthenaQueryError(
      `INVALID_PARAMETER: the query has ${next} parameter placeholders and ${parameters.length} execution parameters were given`,
    );
  }
  return bound.join('');
}

const QUERY_STARTS = new Set(['select', 'with', 'values', 'explain', 'show', 'describe', 'table']);
/** DuckDB syntax Trino rejects: accepting it locally would hide a failure in AWS. */
const DUCKDB_ONLY_WORDS = new Set([
  'qualify',
  'pivot',
  'unpivot',
  'asof',
  'positional',
  // DuckDB's file readers would reach past the catalog to this machine's files.
  'read_csv',
  'read_csv_auto',
  'read_json',
  'read_json_auto',
  'read_ndjson',
  'read_parquet',
  'read_text',
  'read_blob',
  'parquet_scan',
  'glob',
]);
const DUCKDB_ONLY_SYMBOLS = ['::', '$', '`', '->>', '**', '//', '*exclude(', '*replace(', 'columns('];

/** Trino functions DuckDB knows under another name with the same arguments (approx_percentile(x, p): t-digest). */
const TRINO_FUNCTIONS: ReadonlyMap<string, string> = new Map([['approx_percentile', 'approx_quantile']]);

/** `name(` of a Trino function renamed for DuckDB, in one linear pass over a code segment. */
function renameFunctions(code: string): string {
  return code.replaceAll(/\b([a-z_][a-z0-9_]*)(\s*\()/gi, (call, name: string, paren: string) => {
    const renamed = TRINO_FUNCTIONS.get(name.toLowerCase());
    return renamed === undefined ? call : `${renamed}${paren}`;
  });
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [];
}

/**
 * Athena (Trino) SQL as DuckDB runs it: one query statement (SELECT, WITH, VALUES, EXPLAIN, SHOW, DESCRIBE),
 * the `awsdatacatalog` catalog prefix dropped, Trino functions DuckDB names differently renamed (approx_percentile). `"db"."table"` needs no change (each Glue database is a DuckDB
 * schema). DDL, DML and DuckDB-only syntax are refused with an `AthenaQueryError` instead of running differently.
 */
export function translateSql(sql: string): string {
  const parts = segments(sql);
  const code = parts.filter((part) => part.kind === 'code').map((part) => part.text);
  const first = words(code.join(' ')).at(0);
  if (!first) throw new AthenaQueryError('line 1:1: the query is empty');
  if (!QUERY_STARTS.has(first)) {
    throw new AthenaQueryError(
      `NOT_SUPPORTED: ${first.toUpperCase()} statements do not run in the local Athena; tables come from the template's AWS::Glue::Table resources`,
    );
  }
  const joined = code.join(' ').trim().replace(/;$/, '');
  if (joined.includes(';')) throw new AthenaQueryError('line 1:1: only one statement can run per query');
  const all = words(code.join(' '));
  const compact = code.map((text) => text.toLowerCase().replaceAll(/\s/g, ''));
  const symbol = DUCKDB_ONLY_SYMBOLS.find((token) => compact.some((text) => text.includes(token)));
  const word = all.find((token) => DUCKDB_ONLY_WORDS.has(token));
  const byAll = all.some((token, index) => token === 'by' && all[index + 1] === 'all');
  if (symbol || word || byAll) {
    const what = symbol ?? word ?? 'BY ALL';
    throw new AthenaQueryError(`NOT_SUPPORTED: '${what}' is DuckDB syntax that Athena (Trino) does not accept`);
  }
  return parts
    .map((part, index) => {
      const nextCode = parts[index + 1]?.kind === 'code' ? (parts[index + 1]?.text ?? '') : '';
      if (part.kind === 'ident' && part.text.toLowerCase() === '"awsdatacatalog"' && nextCode.startsWith('.'))
        return '';
      if (part.kind !== 'code') return part.text;
      const text =
        parts[index - 1]?.text.toLowerCase() === '"awsdatacatalog"' ? part.text.replace(/^\./, '') : part.text;
      return renameFunctions(text.replaceAll(/\bawsdatacatalog\s*\./gi, '').replace(/;\s*$/, ''));
    })
    .join('');
}
