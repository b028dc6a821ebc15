import { duckdbType } from '../../local/emulators/athena/glue-types';
import { segments, translateSql } from '../../local/emulators/athena/sql-text';
import type { CfnValue } from '../../template';
import { asRecord, type CfnMap } from '../support/values';
import { createReporter, type Rule, type Severity } from '../types';
import { type ExplainQuery, type ExplainTable, explainQueries } from './athena-explain';

const ENCRYPTED = new Set(['SSE_S3', 'SSE_KMS', 'CSE_KMS']);
const isTrue = (value: unknown) => value === true || value === 'true';

/** A literal string, or a `!Ref` to a resource whose name `names` knows; undefined otherwise. */
function nameOf(value: CfnValue | undefined, names: Map<string, string>): string | undefined {
  if (typeof value === 'string') return value;
  const ref = asRecord(value).Ref;
  return typeof ref === 'string' ? names.get(ref) : undefined;
}

/** A `!Sub` (or plain) QueryString with `${Resource}` replaced by known names; undefined when one is unknown. */
function queryText(value: CfnValue | undefined, names: Map<string, string>): string | undefined {
  const sub = asRecord(value)['Fn::Sub'];
  const text = typeof value === 'string' ? value : Array.isArray(sub) ? sub[0] : sub;
  if (typeof text !== 'string') return undefined;
  let unknown = false;
  const resolved = text.replace(/\$\{([A-Za-z0-9:.]+)\}/g, (_match, name: string) => {
    const known = name === 'AWS::StackName' ? 'stack' : names.get(name);
    if (known === undefined) unknown = true;
    return known ?? '';
  });
  return unknown ? undefined : resolved;
}

function workGroupProblems(properties: CfnMap): string[] {
  const config = asRecord(properties.WorkGroupConfiguration);
  const option = asRecord(asRecord(config.ResultConfiguration).EncryptionConfiguration).EncryptionOption;
  const problems: string[] = [];
  if (!isTrue(config.EnforceWorkGroupConfiguration)) {
    problems.push('workgroup does not set EnforceWorkGroupConfiguration: true (callers could skip encryption)');
  }
  if (typeof option !== 'string' || !ENCRYPTED.has(option)) {
    problems.push(
      'workgroup results are not encrypted (ResultConfiguration.EncryptionConfiguration: SSE_S3 or SSE_KMS)',
    );
  }
  if (config.BytesScannedCutoffPerQuery === undefined) {
    problems.push('workgroup has no BytesScannedCutoffPerQuery (a runaway query scans without limit)');
  }
  return problems;
}

/** Athena workgroups enforce encrypted results and a scan cutoff; every named query parses against its Glue table. */
export const athenaRule: Rule = {
  id: 'athena',
  summary:
    'Athena workgroups enforce encrypted results and a bytes-scanned cutoff; named queries parse (DuckDB EXPLAIN)',
  check(context) {
    const { template } = context;
    const report = createReporter('athena', template.file);
    const severity: Severity = context.isSam ? 'error' : 'warning';
    const resources = Object.entries(template.body.Resources);
    const names = new Map<string, string>();
    for (const [id, resource] of resources) {
      const props = asRecord(resource.Properties);
      const input = asRecord(resource.Type === 'AWS::Glue::Database' ? props.DatabaseInput : props.TableInput);
      if (!resource.Type.startsWith('AWS::Glue::')) continue;
      // A name built with intrinsics stands in as the logical id: only its consistency matters for parsing.
      names.set(id, (typeof input.Name === 'string' ? input.Name : id).toLowerCase());
    }
    const tables: ExplainTable[] = [];
    const queries: ExplainQuery[] = [];
    for (const [id, resource] of resources) {
      const props = asRecord(resource.Properties);
      if (resource.Type === 'AWS::Athena::WorkGroup') {
        for (const problem of workGroupProblems(props))
          report.add(severity, problem, id, 'Properties.WorkGroupConfiguration');
      }
      if (resource.Type === 'AWS::Glue::Table') {
        const input = asRecord(props.TableInput);
        const database = nameOf(props.DatabaseName, names);
        const columns = [asRecord(input.StorageDescriptor).Columns, input.PartitionKeys].flatMap((list) =>
          Array.isArray(list) ? list.map(asRecord) : [],
        );
        try {
          const typed = columns.map((column) => ({
            name: String(column.Name).toLowerCase(),
            type: duckdbType(String(column.Type)),
          }));
          const name = names.get(id);
          if (database && name) tables.push({ database, name, columns: typed });
        } catch (error) {
          report.add(severity, (error as Error).message, id, 'Properties.TableInput.StorageDescriptor.Columns');
        }
      }
      if (resource.Type === 'AWS::Athena::NamedQuery') {
        const sql = queryText(props.QueryString, names);
        const database = nameOf(props.Database, names);
        if (sql === undefined || database === undefined) {
          report.warning(
            'QueryString or Database cannot be resolved to text; the query was not parsed',
            id,
            'Properties',
          );
          continue;
        }
        try {
          const parts = segments(translateSql(sql));
          const bound = parts.map((part) => (part.kind === 'code' ? part.text.replaceAll('?', 'NULL') : part.text));
          queries.push({ id, database, sql: bound.join('') });
        } catch (error) {
          report.add(severity, `QueryString: ${(error as Error).message}`, id, 'Properties.QueryString');
        }
      }
    }
    if (queries.length === 0) return report.findings;
    for (const [id, error] of explainQueries(tables, queries)) {
      if (error)
        report.add(
          severity,
          `QueryString does not parse against its Glue tables: ${error}`,
          id,
          'Properties.QueryString',
        );
    }
    return report.findings;
  },
};
