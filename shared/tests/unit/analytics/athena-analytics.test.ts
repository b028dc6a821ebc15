import {
  AthenaClient,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AthenaAnalytics,
  type AthenaAnalyticsOptions,
  QueryFailedError,
  QueryTimeoutError,
} from '../../../src/analytics';
import { ThrottlingError } from '../../../src/errors';

const athena = mockClient(AthenaClient);
const sleeps: number[] = [];

function analytics(overrides: Partial<AthenaAnalyticsOptions> = {}): AthenaAnalytics {
  let clock = 0;
  return new AthenaAnalytics({
    client: new AthenaClient({}),
    workGroup: 'audit',
    database: 'audit_db',
    outputLocation: 's3://results/athena/',
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    ...overrides,
  });
}

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const header = { Data: [{ VarCharValue: 'path' }, { VarCharValue: 'size' }] };
const columns = [
  { Name: 'path', Type: 'varchar' },
  { Name: 'size', Type: 'bigint' },
];
const row = (path: string, size?: string) => ({ Data: [{ VarCharValue: path }, { VarCharValue: size }] });

beforeEach(() => {
  athena.reset();
  sleeps.length = 0;
  athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'q-1' });
});

describe('AthenaAnalytics.rows', () => {
  it('starts the query in the workgroup with formatted parameters and reads every page', async () => {
    // Prepare
    athena
      .on(GetQueryExecutionCommand)
      .resolvesOnce({ QueryExecution: { Status: { State: 'RUNNING' } } })
      .resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' }, StatementType: 'DML' } });
    athena
      .on(GetQueryResultsCommand)
      .resolvesOnce({
        ResultSet: { ResultSetMetadata: { ColumnInfo: columns }, Rows: [header, row('a.txt', '10')] },
        NextToken: 't2',
      })
      .resolvesOnce({ ResultSet: { ResultSetMetadata: { ColumnInfo: columns }, Rows: [row('path', undefined)] } });

    // Act
    const rows = await collect(analytics().rows({ sql: 'SELECT * FROM t WHERE owner = ?', parameters: ["o'k", 3] }));

    // Assess
    expect(rows).toEqual([
      { path: 'a.txt', size: 10 },
      { path: 'path', size: null },
    ]);
    expect(athena).toHaveReceivedCommandWith(StartQueryExecutionCommand, {
      WorkGroup: 'audit',
      QueryExecutionContext: { Database: 'audit_db', Catalog: undefined },
      ResultConfiguration: { OutputLocation: 's3://results/athena/' },
      ExecutionParameters: ["'o''k'", '3'],
    });
    expect(athena).toHaveReceivedNthSpecificCommandWith(2, GetQueryResultsCommand, { NextToken: 't2' });
  });

  it('keeps the first row of a statement without a header row and sends no empty parameter list', async () => {
    // Prepare
    athena
      .on(GetQueryExecutionCommand)
      .resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' }, StatementType: 'UTILITY' } });
    athena
      .on(GetQueryResultsCommand)
      .resolves({ ResultSet: { ResultSetMetadata: { ColumnInfo: columns }, Rows: [row('x', '1')] } });

    // Act
    const rows = await collect(
      analytics({ outputLocation: undefined, database: undefined }).rows({ sql: 'EXPLAIN SELECT 1' }),
    );

    // Assess
    expect(rows).toEqual([{ path: 'x', size: 1 }]);
    const input = athena.commandCalls(StartQueryExecutionCommand)[0]?.args[0].input;
    expect(input?.ExecutionParameters).toBeUndefined();
    expect(input?.ResultConfiguration).toBeUndefined();
    expect(input?.QueryExecutionContext).toBeUndefined();
  });

  it('backs off exponentially up to the maximum interval', async () => {
    // Prepare
    athena
      .on(GetQueryExecutionCommand)
      .resolvesOnce({ QueryExecution: { Status: { State: 'QUEUED' } } })
      .resolvesOnce({ QueryExecution: {} })
      .resolvesOnce({ QueryExecution: { Status: { State: 'RUNNING' } } })
      .resolvesOnce({ QueryExecution: { Status: { State: 'RUNNING' } } })
      .resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' } } });
    athena.on(GetQueryResultsCommand).resolves({ ResultSet: { Rows: [] } });

    // Act
    await collect(analytics({ pollIntervalMs: 100, maxPollIntervalMs: 300 }).rows({ sql: 'SELECT 1' }));

    // Assess
    expect(sleeps).toEqual([100, 200, 300, 300]);
  });

  it('throws QueryFailedError with the reason and AthenaError fields of a FAILED query', async () => {
    // Prepare
    athena.on(GetQueryExecutionCommand).resolves({
      QueryExecution: {
        Status: {
          State: 'FAILED',
          StateChangeReason: "TABLE_NOT_FOUND: Table 'audit_db.nope' does not exist",
          AthenaError: { ErrorCategory: 2, ErrorType: 1301, Retryable: false, ErrorMessage: 'not found' },
        },
      },
    });

    // Act
    const error = await collect(analytics().rows({ sql: 'SELECT * FROM nope' })).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError).name).toBe('QueryFailedError');
    expect((error as QueryFailedError).message).toContain('TABLE_NOT_FOUND');
    expect((error as QueryFailedError).details).toMatchObject({
      queryExecutionId: 'q-1',
      state: 'FAILED',
      errorCategory: 2,
      errorType: 1301,
      retryable: false,
    });
  });

  it('reports a CANCELLED query without a reason as failed', async () => {
    // Prepare
    athena.on(GetQueryExecutionCommand).resolves({ QueryExecution: { Status: { State: 'CANCELLED' } } });

    // Act / Assess
    await expect(collect(analytics().rows({ sql: 'SELECT 1' }))).rejects.toThrow(
      'query q-1 CANCELLED: no reason given',
    );
  });

  it('stops a query still running at the deadline and throws QueryTimeoutError', async () => {
    // Prepare
    athena.on(GetQueryExecutionCommand).resolves({ QueryExecution: { Status: { State: 'RUNNING' } } });
    athena.on(StopQueryExecutionCommand).rejects(Object.assign(new Error('gone'), { name: 'InternalServerException' }));

    // Act
    const error = await collect(analytics({ deadlineMs: 1000, pollIntervalMs: 400 }).rows({ sql: 'SELECT 1' })).catch(
      (e: unknown) => e,
    );

    // Assess
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).name).toBe('QueryTimeoutError');
    expect(athena).toHaveReceivedCommandWith(StopQueryExecutionCommand, { QueryExecutionId: 'q-1' });
    expect(sleeps).toEqual([400, 600]);
  });

  it('turns throttling after the SDK retries into ThrottlingError', async () => {
    // Prepare
    athena
      .on(StartQueryExecutionCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));

    // Act / Assess
    await expect(collect(analytics().rows({ sql: 'SELECT 1' }))).rejects.toBeInstanceOf(ThrottlingError);
  });

  it('reports an InvalidRequestException as a rejected QueryFailedError', async () => {
    // Prepare
    athena
      .on(StartQueryExecutionCommand)
      .rejects(Object.assign(new Error('line 1:8: mismatched input'), { name: 'InvalidRequestException' }));

    // Act
    const error = await collect(analytics().rows({ sql: 'SELEC 1' })).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError).details.state).toBe('REJECTED');
    expect((error as QueryFailedError).message).toContain('mismatched input');
  });
});
