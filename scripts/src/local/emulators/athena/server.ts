import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { listenOnLoopback } from '../../loopback-server';
import { AthenaEngine } from './engine';
import { ApiError } from './errors';
import { Executions } from './executions';
import { NamedQueries, WorkGroups } from './workgroups';

type Body = Record<string, unknown>;
type Handler = (body: Body) => Promise<unknown> | unknown;

/** A running local Athena (and the Glue catalog calls it needs). */
export interface AthenaEmulator {
  readonly url: string;
  stop(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new ApiError('InvalidRequestException', 'request body is too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const parsed: unknown = text ? JSON.parse(text) : {};
        resolve(typeof parsed === 'object' && parsed !== null ? (parsed as Body) : {});
      } catch {
        reject(new ApiError('SerializationException', 'the request body is not JSON'));
      }
    });
    request.on('error', reject);
  });
}

function operations(engine: AthenaEngine, s3: S3Client): Record<string, Handler> {
  const workGroups = new WorkGroups();
  const named = new NamedQueries(workGroups);
  const executions = new Executions(engine, workGroups, s3);
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    'AmazonAthena.StartQueryExecution': (body) => ({ QueryExecutionId: executions.start(body) }),
    'AmazonAthena.GetQueryExecution': (body) => ({ QueryExecution: executions.describe(str(body.QueryExecutionId)) }),
    'AmazonAthena.GetQueryResults': (body) =>
      executions.results(str(body.QueryExecutionId), str(body.NextToken), Number(body.MaxResults) || undefined),
    'AmazonAthena.StopQueryExecution': (body) => {
      executions.stop(str(body.QueryExecutionId));
      return {};
    },
    'AmazonAthena.CreateWorkGroup': (body) => {
      workGroups.create(str(body.Name), (body.Configuration ?? {}) as Body);
      return {};
    },
    'AmazonAthena.CreateNamedQuery': (body) => ({ NamedQueryId: named.create(body) }),
    'AmazonAthena.GetNamedQuery': (body) => ({ NamedQuery: named.get(str(body.NamedQueryId)) }),
    'AmazonAthena.BatchGetNamedQuery': (body) =>
      named.batch(Array.isArray(body.NamedQueryIds) ? body.NamedQueryIds.map(String) : []),
    'AmazonAthena.ListNamedQueries': (body) =>
      named.list(str(body.WorkGroup) ?? 'primary', str(body.NextToken), Number(body.MaxResults) || undefined),
    'AWSGlue.CreateDatabase': async (body) => {
      await engine.createDatabase(str((body.DatabaseInput as Body | undefined)?.Name) ?? '');
      return {};
    },
    'AWSGlue.CreateTable': async (body) => {
      await engine.createTable(str(body.DatabaseName) ?? '', (body.TableInput ?? {}) as Body);
      return {};
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body ?? {});
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * Starts the local Athena on 127.0.0.1 (a free port): the AWS JSON 1.1 protocol (`X-Amz-Target:
 * AmazonAthena.<Op>`, and `AWSGlue.CreateDatabase`/`CreateTable` for provisioning), DuckDB behind it, table data
 * read from and result CSVs written to the S3 emulator through `s3`.
 */
export async function startAthenaEmulator(s3: S3Client): Promise<AthenaEmulator> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'local-athena-'));
  const engine = await AthenaEngine.create(s3, dataDir);
  const handlers = operations(engine, s3);
  const server = createServer((request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    readBody(request)
      .then(async (body) => {
        const handler = handlers[target];
        if (!handler) throw new ApiError('UnknownOperationException', `${target || 'no target'} is not emulated`);
        send(response, 200, await handler(body));
      })
      .catch((error: unknown) => {
        const api = error instanceof ApiError ? error : new ApiError('InternalServerException', String(error));
        send(response, api.code === 'InternalServerException' ? 500 : 400, { __type: api.code, message: api.message });
      });
  });
  const listening = await listenOnLoopback(server);
  let stopping: Promise<void> | undefined;
  return {
    url: listening.url,
    stop: () => {
      stopping ??= listening.close().then(() => {
        engine.close();
        rmSync(dataDir, { recursive: true, force: true });
      });
      return stopping;
    },
  };
}
