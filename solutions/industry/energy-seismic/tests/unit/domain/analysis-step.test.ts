import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import type { AnalyticsRow, NamedQuery, QueryRequest, SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { NamedQueryNotFoundError } from '@fsxn-s3ap/shared/analytics';
import { createMemoryOutputWriter, fixedClock } from '@fsxn-s3ap/shared/testing';
import { QUERY_SUFFIXES } from '../../../src/domain/analysis';
import { type AnalysisDeps, createAnalysisHandler } from '../../../src/domain/analysis-step';

/** Named queries `stack-<suffix>` answering fixed rows; records every request. */
function fakeAnalytics(rows: Record<string, AnalyticsRow[]>, missing?: string) {
  const requests: QueryRequest[] = [];
  const analytics: SqlAnalytics = {
    async namedQuery(ref) {
      const name = 'name' in ref ? ref.name : ref.id;
      if (name === missing) throw new NamedQueryNotFoundError(`no named query is called ${name}`);
      return {
        id: name,
        name,
        database: 'db',
        sql: `SELECT * FROM ${name} WHERE execution_id = ?`,
      } satisfies NamedQuery;
    },
    async *rows<T extends AnalyticsRow>(request: QueryRequest) {
      requests.push(request);
      const name = request.sql.slice('SELECT * FROM '.length, request.sql.indexOf(' WHERE'));
      for (const row of rows[name.replace('stack-', '')] ?? []) yield row as T;
    },
  };
  return { analytics, requests };
}

function deps(analytics: SqlAnalytics): AnalysisDeps & { output: ReturnType<typeof createMemoryOutputWriter> } {
  return {
    analytics,
    generator: new DemoTextGenerator(),
    output: createMemoryOutputWriter(),
    queryPrefix: 'stack-',
    thresholdStd: 3,
    clock: fixedClock('2026-03-04T05:06:07.000Z'),
  };
}

describe('analysis step', () => {
  it('runs each named query for the execution and writes the compliance report as JSON and Markdown', async () => {
    // Prepare
    const { analytics, requests } = fakeAnalytics({
      'anomalies-by-curve': [{ curve: 'GR', unit: 'GAPI', anomalies: 2, files: 1, max_abs_z: 4 }],
    });
    const resolved = deps(analytics);

    // Act
    const outcome = await createAnalysisHandler(resolved)({ executionId: 'run-1' });

    // Assess
    expect(requests.map((request) => request.parameters)).toEqual(QUERY_SUFFIXES.map(() => ['run-1']));
    expect(requests.map((request) => request.database)).toEqual(QUERY_SUFFIXES.map(() => 'db'));
    expect(outcome).toEqual({
      complianceKey: 'out/reports/2026/03/04/run-1_compliance.json',
      complianceMarkdownKey: 'out/reports/2026/03/04/run-1_compliance.md',
      findings: 1,
      narrativeSource: 'model',
    });
    expect(resolved.output.objects.get(outcome.complianceKey)).toMatchObject({
      executionId: 'run-1',
      findings: [expect.objectContaining({ subject: 'curve GR (GAPI)' })],
    });
    expect(String(resolved.output.objects.get(outcome.complianceMarkdownKey))).toContain('## Query well-log-summary');
  });

  it('lets a missing named query fail the state with its name', async () => {
    // Prepare
    const { analytics } = fakeAnalytics({}, 'stack-anomalies-by-curve');

    // Act / Assess
    await expect(createAnalysisHandler(deps(analytics))({ executionId: 'run-1' })).rejects.toMatchObject({
      name: 'NamedQueryNotFoundError',
    });
  });

  it('refuses an event without an execution id', async () => {
    // Act / Assess
    await expect(createAnalysisHandler(deps(fakeAnalytics({}).analytics))({})).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});
