import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback-server';
import { InvalidTokenError, type TokenRegistry } from './token-registry';

/** What the control plane delegates to the run: events on the local bus, Lambda invocations, new executions. */
export interface ControlPlaneHooks {
  tokens: TokenRegistry;
  putEvents(entries: Record<string, unknown>[]): Promise<{ EventId?: string; ErrorCode?: string }[]>;
  invokeFunction(name: string, payload: unknown, async: boolean): Promise<unknown>;
  startExecution(stateMachineArn: string, input: unknown, name?: string): { executionArn: string; startDate: number };
}

/** The local control plane: Step Functions (task tokens, StartExecution), EventBridge PutEvents, Lambda Invoke. */
export interface ControlPlane {
  readonly url: string;
  stop(): Promise<void>;
}

class ClientError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ClientError('InvalidOutput', 'the request body is not valid JSON');
  }
}

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new ClientError('ValidationException', `${name} is required`);
  return value;
}

async function stepFunctions(operation: string, body: Record<string, unknown>, hooks: ControlPlaneHooks) {
  switch (operation) {
    case 'SendTaskSuccess':
      hooks.tokens.complete(field(body, 'taskToken'), { output: parseJson(field(body, 'output')) });
      return {};
    case 'SendTaskFailure':
      hooks.tokens.complete(field(body, 'taskToken'), {
        error: typeof body.error === 'string' ? body.error : 'States.TaskFailed',
        cause: typeof body.cause === 'string' ? body.cause : '',
      });
      return {};
    case 'SendTaskHeartbeat':
      hooks.tokens.wait(field(body, 'taskToken'));
      return {};
    case 'StartExecution': {
      const input = typeof body.input === 'string' ? parseJson(body.input) : {};
      const name = typeof body.name === 'string' ? body.name : undefined;
      const started = hooks.startExecution(field(body, 'stateMachineArn'), input, name);
      return { executionArn: started.executionArn, startDate: started.startDate / 1000 };
    }
    default:
      throw new ClientError('UnknownOperationException', `Step Functions ${operation} is not served locally`);
  }
}

async function dispatch(request: IncomingMessage, text: string, hooks: ControlPlaneHooks): Promise<unknown> {
  const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(request.url ?? '');
  if (invoke?.[1]) {
    const async = request.headers['x-amz-invocation-type'] === 'Event';
    return hooks.invokeFunction(decodeURIComponent(invoke[1]), parseJson(text), async);
  }
  const target = String(request.headers['x-amz-target'] ?? '');
  const [service, operation = ''] = target.split('.');
  const body = parseJson(text) as Record<string, unknown>;
  if (service === 'AWSStepFunctions') return stepFunctions(operation, body, hooks);
  if (service === 'AWSEvents' && operation === 'PutEvents') {
    const entries = Array.isArray(body.Entries) ? (body.Entries as Record<string, unknown>[]) : [];
    const results = await hooks.putEvents(entries);
    return { Entries: results, FailedEntryCount: results.filter((entry) => entry.ErrorCode).length };
  }
  throw new ClientError('UnknownOperationException', `${target || request.url} is not served locally`);
}

function reply(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value ?? null);
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
  response.end(body);
}

/** Starts the control plane on 127.0.0.1, on a free port. */
export async function startControlPlane(hooks: ControlPlaneHooks): Promise<ControlPlane> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      dispatch(request, Buffer.concat(chunks).toString('utf8'), hooks).then(
        (value) => reply(response, 200, value),
        (error: unknown) => {
          if (error instanceof ClientError || error instanceof InvalidTokenError) {
            const type = error instanceof ClientError ? error.type : error.name;
            reply(response, 400, { __type: type, message: error.message }, { 'x-amzn-errortype': type });
          } else if (error instanceof Error && request.url?.startsWith('/2015-03-31/')) {
            const payload = { errorType: error.name, errorMessage: error.message };
            reply(response, 200, payload, { 'x-amz-function-error': 'Unhandled' });
          } else {
            reply(response, 500, { __type: 'InternalFailure', message: String(error) });
          }
        },
      );
    });
  });
  const listening = await listenOnLoopback(server);
  return { url: listening.url, stop: () => listening.close() };
}
