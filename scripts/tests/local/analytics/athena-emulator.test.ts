import {
  type AthenaClient,
  CreateNamedQueryCommand,
  CreateWorkGroupCommand,
  GetNamedQueryCommand,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  type GetQueryResultsCommandOutput,
  ListNamedQueriesCommand,
  type QueryExecution,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from '@aws-sdk/client-athena';
import { CreateDatabaseCommand, CreateTableCommand, type GlueClient } from '@aws-sdk/client-glue';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type StandaloneEmulators, startStandaloneEmulators } from '../../../src/local';

let emulators: StandaloneEmulators;
let athena: AthenaClient;
let glue: GlueClient;
let s3: S3Client;

const columns = [
  { Name: 'path', Type: 'string' },
  { Name: 'size', Type: 'bigint' },
  { Name: 'ratio', Type: 'double' },
  { Name: 'flagged', Type: 'boolean' },
  { Name: 'seen', Type: 'date' },
];

async function finished(id: string): Promise<QueryExecution> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { QueryExecution: execution } = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    if (!['QUEUED', 'RUNNING'].includes(execution?.Status?.State ?? '')) return execution ?? {};
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`query ${id} did not finish`);
}

async function run(sql: string, parameters?: string[]) {
  const started = await athena.send(
    new StartQueryExecutionCommand({
      QueryString: sql,
      WorkGroup: 'analytics',
      QueryExecutionContext: { Database: 'audit' },
      ExecutionParameters: parameters,
    }),
  );
  const id = started.QueryExecutionId ?? '';
  return { id, execution: await finished(id) };
}

beforeAll(async () => {
  emulators = await startStandaloneEmulators(['athena']);
  ({ athena, glue, s3 } = emulators.clients as Required<typeof emulators.clients>);
  await s3.send(new CreateBucketCommand({ Bucket: 'data' }));
  await s3.send(new CreateBucketCommand({ Bucket: 'results' }));
  const lines = [
    { path: 'a.txt', size: 10, ratio: 0.5, flagged: true, seen: '2024-01-02', extra: 'ignored' },
    { path: "o'brien.txt", size: 30, ratio: 1.5, flagged: false, seen: '2024-01-03' },
    { path: 'c.txt', size: null, ratio: 2, flagged: false },
  ];
  const body = lines.map((line) => JSON.stringify(line)).join('\n');
  await s3.send(new PutObjectCommand({ Bucket: 'data', Key: 'findings/part-1.jsonl', Body: body }));
  await s3.send(new PutObjectCommand({ Bucket: 'data', Key: 'findings/_SUCCESS', Body: 'not data' }));
  await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'audit' } }));
  await glue.send(
    new CreateTableCommand({
      DatabaseName: 'audit',
      TableInput: {
        Name: 'findings',
        StorageDescriptor: {
          Columns: columns,
          Location: 's3://data/findings/',
          SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
        },
      },
    }),
  );
  await glue.send(
    new CreateTableCommand({
      DatabaseName: 'audit',
      TableInput: {
        Name: 'empty',
        StorageDescriptor: { Columns: columns, Location: 's3://data/nothing/', InputFormat: 'json' },
      },
    }),
  );
  await athena.send(
    new CreateWorkGroupCommand({
      Name: 'analytics',
      Configuration: {
        EnforceWorkGroupConfiguration: true,
        ResultConfiguration: { OutputLocation: 's3://results/q/' },
      },
    }),
  );
}, 60_000);

afterAll(() => emulators?.stop());

describe('local Athena', () => {
  it('answers a query over the JSON Lines objects with a header row, typed columns and a result CSV', async () => {
    // Act
    const { id, execution } = await run(
      'SELECT path, size, ratio, flagged, seen FROM "awsdatacatalog"."audit"."findings" WHERE ratio > ? ORDER BY path',
      ['0.75'],
    );
    const page = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id }));

    // Assess
    expect(execution.Status?.State).toBe('SUCCEEDED');
    expect(page.ResultSet?.ResultSetMetadata?.ColumnInfo?.map((column) => column.Type)).toEqual([
      'varchar',
      'bigint',
      'double',
      'boolean',
      'date',
    ]);
    expect(page.ResultSet?.Rows?.map((row) => row.Data?.map((datum) => datum.VarCharValue))).toEqual([
      ['path', 'size', 'ratio', 'flagged', 'seen'],
      ['c.txt', undefined, '2.0', 'false', undefined],
      ["o'brien.txt", '30', '1.5', 'false', '2024-01-03'],
    ]);
    const csv = await s3.send(new GetObjectCommand({ Bucket: 'results', Key: `q/${id}.csv` }));
    expect(await csv.Body?.transformToString()).toContain('"o\'brien.txt","30","1.5","false","2024-01-03"');
  });

  it('pages results with NextToken', async () => {
    // Prepare
    const { id } = await run('SELECT path FROM findings ORDER BY path');

    // Act
    const pages: GetQueryResultsCommandOutput[] = [];
    let token: string | undefined;
    do {
      const page = await athena.send(
        new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 2, NextToken: token }),
      );
      pages.push(page);
      token = page.NextToken;
    } while (token);

    // Assess
    expect(pages.flatMap((page) => page.ResultSet?.Rows?.map((row) => row.Data?.[0]?.VarCharValue))).toEqual([
      'path',
      'a.txt',
      'c.txt',
      "o'brien.txt",
    ]);
  });

  it('answers an empty table with its columns and no rows', async () => {
    // Act
    const { id, execution } = await run('SELECT count(*) AS n FROM empty');
    const page = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id }));

    // Assess
    expect(execution.Status?.State).toBe('SUCCEEDED');
    expect(page.ResultSet?.Rows?.[1]?.Data?.[0]?.VarCharValue).toBe('0');
  });

  it.each([
    ['a missing table', 'SELECT * FROM nope', 'TABLE_NOT_FOUND'],
    ['a missing column', 'SELECT nope FROM findings', 'COLUMN_NOT_FOUND'],
    ['bad SQL', 'SELEC path FROM findings', 'NOT_SUPPORTED'],
    ['a syntax error', 'SELECT path FROM findings WHERE', 'SYNTAX_ERROR'],
    ['DDL', 'DROP TABLE findings', 'NOT_SUPPORTED'],
    ['DuckDB-only syntax', 'SELECT size::varchar FROM findings', 'NOT_SUPPORTED'],
    ['a local file reader', "SELECT * FROM read_csv('/etc/hostname')", 'NOT_SUPPORTED'],
    ['two statements', 'SELECT 1; SELECT 2', 'only one statement'],
    ['a parameter count mismatch', 'SELECT ? AS a', 'INVALID_PARAMETER'],
  ])('fails %s with a user error and the reason', async (_label, sql, reason) => {
    // Act
    const { execution } = await run(sql);

    // Assess
    expect(execution.Status?.State).toBe('FAILED');
    expect(execution.Status?.StateChangeReason).toContain(reason);
    expect(execution.Status?.AthenaError).toMatchObject({ ErrorCategory: 2, ErrorType: 1000 });
  });

  it('cancels a running query on StopQueryExecution', async () => {
    // Prepare
    const started = await athena.send(
      new StartQueryExecutionCommand({
        QueryString: 'SELECT count(*) FROM range(100000000000) AS t(x) WHERE x % 7 = 3',
        WorkGroup: 'analytics',
      }),
    );

    // Act
    await athena.send(new StopQueryExecutionCommand({ QueryExecutionId: started.QueryExecutionId }));
    const execution = await finished(started.QueryExecutionId ?? '');

    // Assess
    expect(execution.Status?.State).toBe('CANCELLED');
  });

  it('serves named queries by id and by workgroup', async () => {
    // Prepare
    const created = await athena.send(
      new CreateNamedQueryCommand({ Name: 'big', Database: 'audit', QueryString: 'SELECT 1', WorkGroup: 'analytics' }),
    );

    // Act
    const got = await athena.send(new GetNamedQueryCommand({ NamedQueryId: created.NamedQueryId }));
    const listed = await athena.send(new ListNamedQueriesCommand({ WorkGroup: 'analytics' }));

    // Assess
    expect(got.NamedQuery).toMatchObject({ Name: 'big', QueryString: 'SELECT 1', WorkGroup: 'analytics' });
    expect(listed.NamedQueryIds).toContain(created.NamedQueryId);
  });

  it('refuses an unknown workgroup and unknown operations as Athena does', async () => {
    // Act / Assess
    await expect(
      athena.send(new StartQueryExecutionCommand({ QueryString: 'SELECT 1', WorkGroup: 'nope' })),
    ).rejects.toMatchObject({ name: 'InvalidRequestException' });
    await expect(athena.send(new GetNamedQueryCommand({ NamedQueryId: 'nope' }))).rejects.toMatchObject({
      name: 'InvalidRequestException',
    });
  });
});
