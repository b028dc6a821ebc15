import {
  AthenaClient,
  BatchGetNamedQueryCommand,
  GetNamedQueryCommand,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  ListNamedQueriesCommand,
  StartQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { AthenaAnalytics, NamedQueryNotFoundError, runNamedQuery } from '../../../src/analytics';
import { AccessDeniedError } from '../../../src/errors';

const athena = mockClient(AthenaClient);
const analytics = () => new AthenaAnalytics({ client: new AthenaClient({}), workGroup: 'audit' });
const query = (id: string, name: string) => ({
  NamedQueryId: id,
  Name: name,
  Database: 'audit_db',
  QueryString: `SELECT '${name}' AS name`,
});

beforeEach(() => athena.reset());

describe('AthenaAnalytics.namedQuery', () => {
  it('finds a query by name on a later page of the workgroup', async () => {
    // Prepare
    athena
      .on(ListNamedQueriesCommand)
      .resolvesOnce({ NamedQueryIds: ['a'], NextToken: 'p2' })
      .resolvesOnce({ NamedQueryIds: ['b', 'c'] });
    athena.on(BatchGetNamedQueryCommand, { NamedQueryIds: ['a'] }).resolves({ NamedQueries: [query('a', 'first')] });
    athena
      .on(BatchGetNamedQueryCommand, { NamedQueryIds: ['b', 'c'] })
      .resolves({ NamedQueries: [query('b', 'second'), query('c', 'third')] });

    // Act
    const found = await analytics().namedQuery({ name: 'third' });

    // Assess
    expect(found).toEqual({
      id: 'c',
      name: 'third',
      database: 'audit_db',
      sql: "SELECT 'third' AS name",
      workGroup: undefined,
    });
    expect(athena).toHaveReceivedNthSpecificCommandWith(2, ListNamedQueriesCommand, {
      WorkGroup: 'audit',
      NextToken: 'p2',
    });
  });

  it('throws NamedQueryNotFoundError naming the workgroup when no query has the name', async () => {
    // Prepare
    athena.on(ListNamedQueriesCommand).resolves({ NamedQueryIds: [] });

    // Act / Assess
    await expect(analytics().namedQuery({ name: 'missing' })).rejects.toThrow(
      new NamedQueryNotFoundError('no named query is called missing in workgroup audit'),
    );
  });

  it('reads a query by id', async () => {
    // Prepare
    athena.on(GetNamedQueryCommand).resolves({ NamedQuery: { Name: 'n', Database: 'd', QueryString: 'SELECT 1' } });

    // Act
    const found = await analytics().namedQuery({ id: 'id-1' });

    // Assess
    expect(found).toMatchObject({ id: '', name: 'n', database: 'd', sql: 'SELECT 1' });
  });

  it.each([
    [
      'an InvalidRequestException',
      () =>
        athena
          .on(GetNamedQueryCommand)
          .rejects(Object.assign(new Error('bad id'), { name: 'InvalidRequestException' })),
    ],
    ['an empty answer', () => athena.on(GetNamedQueryCommand).resolves({})],
  ])('throws NamedQueryNotFoundError for an unknown id (%s)', async (_label, arrange) => {
    // Prepare
    arrange();

    // Act / Assess
    await expect(analytics().namedQuery({ id: 'nope' })).rejects.toBeInstanceOf(NamedQueryNotFoundError);
  });

  it('keeps other failures as they are', async () => {
    // Prepare
    athena.on(GetNamedQueryCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));

    // Act / Assess
    await expect(analytics().namedQuery({ id: 'x' })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('runNamedQuery', () => {
  it('runs the named query text in its database and stops at the limit', async () => {
    // Prepare
    athena.on(GetNamedQueryCommand).resolves({ NamedQuery: query('q', 'top') });
    athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'run-1' });
    athena.on(GetQueryExecutionCommand).resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' } } });
    const rows = [
      { Data: [{ VarCharValue: 'name' }] },
      ...['a', 'b', 'c'].map((v) => ({ Data: [{ VarCharValue: v }] })),
    ];
    athena
      .on(GetQueryResultsCommand)
      .resolves({ ResultSet: { ResultSetMetadata: { ColumnInfo: [{ Name: 'name', Type: 'varchar' }] }, Rows: rows } });

    // Act
    const result = await runNamedQuery(analytics(), { id: 'q' }, { limit: 2, parameters: [1] });

    // Assess
    expect(result.rows).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(athena).toHaveReceivedCommandWith(StartQueryExecutionCommand, {
      QueryString: "SELECT 'top' AS name",
      QueryExecutionContext: { Database: 'audit_db', Catalog: undefined },
      ExecutionParameters: ['1'],
    });
  });
});
