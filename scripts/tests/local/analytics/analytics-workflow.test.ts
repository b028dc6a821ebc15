import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type RunResult, runPattern } from '../../../src/local';

const PATTERN_DIR = path.resolve(__dirname, '../../fixtures/analytics-pattern');

interface Report {
  sql: string;
  rows: Record<string, unknown>[];
}

/** The QueryString of a named query as the template writes it (the `!Sub` has no stack-dependent part here). */
function templateSql(logicalId: string): string {
  const text = readFileSync(path.join(PATTERN_DIR, 'template.yaml'), 'utf8');
  const template = parse(text, {
    customTags: [
      { tag: '!Sub', resolve: (value: string) => value },
      { tag: '!Ref', resolve: (value: string) => value },
      { tag: '!GetAtt', resolve: (value: string) => value },
    ],
  });
  return String(template.Resources[logicalId].Properties.QueryString).replace(/\$\{AnalyticsDatabase\}/g, 'acl_audit');
}

describe('analytics workflow (local Athena)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true, stackName: 'local-analytics' });
  }, 120_000);

  it('succeeds', () => {
    // Assess
    const { status, error, cause } = run;
    expect({ status, error, cause }).toEqual({ status: 'SUCCEEDED', error: undefined, cause: undefined });
  });

  it('runs the open-acls named query as the template defines it', () => {
    // Act
    const report = (run.output as Record<string, Report>)['open-acls'];

    // Assess
    expect(report?.sql).toBe(templateSql('OpenAclsQuery'));
    expect(report?.rows).toEqual([
      { path: '/vol1/share/file-08.dat', owner: 'carol', size: 900 },
      { path: '/vol1/share/file-04.dat', owner: 'bob', size: 500 },
      { path: '/vol1/share/file-00.dat', owner: 'alice', size: 100 },
    ]);
  });

  it('runs the bytes-by-owner named query with typed aggregates', () => {
    // Act
    const report = (run.output as Record<string, Report>)['bytes-by-owner'];

    // Assess
    expect(report?.sql).toBe(templateSql('BytesByOwnerQuery'));
    expect(report?.rows).toEqual([
      { owner: 'alice', files: 4, bytes: 2200, last_modified: new Date('2024-03-10T00:00:00Z') },
      { owner: 'bob', files: 4, bytes: 2600, last_modified: new Date('2024-03-11T00:00:00Z') },
      { owner: 'carol', files: 4, bytes: 3000, last_modified: new Date('2024-03-12T00:00:00Z') },
    ]);
  });

  it('writes each result as CSV to the workgroup output location', () => {
    // Act
    const results = run.outputs.filter(
      (output) => output.key.startsWith('athena-results/') && output.key.endsWith('.csv'),
    );

    // Assess
    expect(results).toHaveLength(2);
  });
});

describe('analytics workflow failures', () => {
  it.each([
    ['bad SQL', { sql: 'SELECT path FROM findings WHERE' }, 'QueryFailedError', 'SYNTAX_ERROR'],
    ['a missing table', { sql: 'SELECT * FROM acl_audit.nope' }, 'QueryFailedError', 'TABLE_NOT_FOUND'],
    [
      'a query over its deadline',
      // 12^9 joined rows: seconds of work, stopped by the deadline long before.
      { sql: `SELECT count(*) AS n FROM ${'findings, '.repeat(8)}findings`, deadlineMs: 300 },
      'QueryTimeoutError',
      'did not finish within 300 ms',
    ],
  ])(
    'fails the state on %s with the named error and the reason',
    async (_label, input, error, reason) => {
      // Act
      const result = await runPattern(PATTERN_DIR, { quiet: true, input, stackName: 'local-analytics-bad' });

      // Assess
      expect(result).toMatchObject({ status: 'FAILED', error, failedState: 'RunReports' });
      expect(result.cause).toContain(reason);
    },
    120_000,
  );
});
