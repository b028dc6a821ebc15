import { GetQueryExecutionCommand, GetQueryResultsCommand, StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { CreateDatabaseCommand, CreateTableCommand } from '@aws-sdk/client-glue';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { startStandaloneEmulators } from '../../local';
import { markdownTable } from '../markdown';
import type { BenchSection } from '../section';

const RECORDS = 100_000;
const FILES = 10;

function lines(file: number): string {
  const out: string[] = [];
  for (let i = file; i < RECORDS; i += FILES) {
    out.push(JSON.stringify({ path: `/vol/f-${i}.dat`, owner: `user-${i % 50}`, size: i * 7, open: i % 3 === 0 }));
  }
  return `${out.join('\n')}\n`;
}

/** rows/s of the local Athena: 100,000 JSON Lines records in the S3 emulator, an aggregate and a full scan. */
async function run(): Promise<string> {
  const emulators = await startStandaloneEmulators(['athena']);
  try {
    const { s3, glue, athena } = emulators.clients;
    if (!s3 || !glue || !athena) throw new Error('the local Athena did not start');
    await s3.send(new CreateBucketCommand({ Bucket: 'bench' }));
    for (let file = 0; file < FILES; file += 1) {
      await s3.send(new PutObjectCommand({ Bucket: 'bench', Key: `records/part-${file}.jsonl`, Body: lines(file) }));
    }
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'bench' } }));
    const columns = [
      { Name: 'path', Type: 'string' },
      { Name: 'owner', Type: 'string' },
      { Name: 'size', Type: 'bigint' },
      { Name: 'open', Type: 'boolean' },
    ];
    const location = 's3://bench/records/';
    const serde = { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' };
    await glue.send(
      new CreateTableCommand({
        DatabaseName: 'bench',
        TableInput: { Name: 'records', StorageDescriptor: { Columns: columns, Location: location, SerdeInfo: serde } },
      }),
    );
    const queries = [
      ['aggregate (first query: mirrors the objects)', 'SELECT owner, count(*), sum(size) FROM records GROUP BY owner'],
      ['aggregate (objects already mirrored)', 'SELECT owner, count(*), sum(size) FROM records GROUP BY owner'],
      ['full scan, every row paged back', 'SELECT path, owner, size, open FROM records'],
    ] as const;
    const rows: string[][] = [];
    for (const [label, sql] of queries) {
      const started = performance.now();
      const { QueryExecutionId: id } = await athena.send(
        new StartQueryExecutionCommand({ QueryString: sql, QueryExecutionContext: { Database: 'bench' } }),
      );
      for (;;) {
        const status = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
        const state = status.QueryExecution?.Status?.State;
        if (state === 'SUCCEEDED') break;
        if (state !== 'QUEUED' && state !== 'RUNNING') throw new Error(`${label}: ${state}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      let token: string | undefined;
      let returned = 0;
      do {
        const page = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, NextToken: token }));
        returned += page.ResultSet?.Rows?.length ?? 0;
        token = page.NextToken;
      } while (token);
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(RECORDS / seconds).toLocaleString('en-US');
      rows.push([label, (returned - 1).toLocaleString('en-US'), (seconds * 1000).toFixed(0), rate]);
    }
    const table = markdownTable(['Query', 'Rows returned', 'ms', 'Records scanned/s'], rows, [
      'left',
      'right',
      'right',
      'right',
    ]);
    return `${RECORDS.toLocaleString('en-US')} JSON Lines records in ${FILES} objects, DuckDB behind the Athena API.\n\n${table}`;
  } finally {
    await emulators.stop();
  }
}

/** `make bench` section: throughput of the local Athena. */
export const athenaEmulatorSection: BenchSection = { title: 'Local Athena (DuckDB)', run };
