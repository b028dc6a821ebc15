import {
  type AnalyticsRow,
  type NamedQuery,
  NamedQueryNotFoundError,
  type QueryRequest,
  type SqlAnalytics,
} from '@fsxn-s3ap/shared/analytics';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { analyse, QUERY_NAMES } from '../../../src/domain/analysis';
import { createAnalysisHandler } from '../../../src/domain/analysis-handler';

/** A SqlAnalytics serving fixed rows per named query (its SQL is the name). */
function fakeAnalytics(rows: Record<string, AnalyticsRow[]>): SqlAnalytics & { requests: QueryRequest[] } {
  const requests: QueryRequest[] = [];
  return {
    requests,
    async namedQuery(ref): Promise<NamedQuery> {
      const name = 'name' in ref ? ref.name : ref.id;
      if (!(name in rows)) throw new NamedQueryNotFoundError(`no named query is called ${name}`);
      return { id: `id-${name}`, name, database: 'db', sql: name };
    },
    async *rows<T extends AnalyticsRow>(request: QueryRequest): AsyncIterable<T> {
      requests.push(request);
      for (const row of rows[request.sql] ?? []) yield row as T;
    },
  };
}

const ROWS = {
  [QUERY_NAMES.overlyPermissive]: [
    {
      source: 'share',
      share_name: 'public',
      key: 'public',
      principal: 'Everyone',
      rights: 'full_control',
      execution_id: 'exec-1',
    },
    {
      source: 'share',
      share_name: 'public',
      key: 'public',
      principal: 'Everyone',
      rights: 'full_control',
      execution_id: 'other',
    },
  ],
  [QUERY_NAMES.staleEntries]: [],
  [QUERY_NAMES.policyViolations]: [
    { key: 'legal/a', principal: 'CORP\\x', rights: 'modify', prefix: 'legal/', execution_id: 'exec-1' },
  ],
};

describe('analyse', () => {
  it('runs the three named queries in their database and keeps the rows of this run without the run column', async () => {
    // Prepare
    const analytics = fakeAnalytics(ROWS);

    // Act
    const findings = await analyse(analytics, 'exec-1');

    // Assess
    expect(analytics.requests.map((request) => [request.sql, request.database])).toEqual([
      ['overly_permissive_shares', 'db'],
      ['stale_access_entries', 'db'],
      ['policy_violations', 'db'],
    ]);
    expect(findings.overlyPermissive).toEqual([
      { source: 'share', share_name: 'public', key: 'public', principal: 'Everyone', rights: 'full_control' },
    ]);
    expect(findings.staleEntries).toEqual([]);
    expect(findings.policyViolations).toHaveLength(1);
  });

  it('fails with NamedQueryNotFoundError when the template lacks a query', async () => {
    // Act
    const failure = analyse(fakeAnalytics({}), 'exec-1');

    // Assess
    await expect(failure).rejects.toThrow(NamedQueryNotFoundError);
  });
});

describe('createAnalysisHandler', () => {
  it('saves the findings under analysis/ by the start date and returns their counts', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const run = createAnalysisHandler({ analytics: fakeAnalytics(ROWS), output });

    // Act
    const outcome = await run({ executionId: 'exec-1', startedAt: '2025-01-02T03:04:05Z' });

    // Assess
    expect(outcome).toEqual({
      findingsKey: 'out/analysis/2025/01/02/exec-1.json',
      overlyPermissive: 1,
      staleEntries: 0,
      policyViolations: 1,
    });
    expect(output.objects.get(outcome.findingsKey)).toMatchObject({ executionId: 'exec-1' });
  });
});
