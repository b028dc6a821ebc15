import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { type TaskError, UnsupportedStateError } from '../../src/local/errors';
import { LambdaHost, type LocalFunction } from '../../src/local/lambda/lambda-host';
import { buildTaskHandlers, isSupportedResource, taskHandler, withTaskTimeouts } from '../../src/local/task-router';
import { TokenRegistry } from '../../src/local/token-registry';

const dir = mkdtempSync(path.join(os.tmpdir(), 'task-router-'));
const bundle = path.join(dir, 'index.js');
writeFileSync(
  bundle,
  `exports.handler = async (event) => {
     if (event.fail) { const e = new Error('bad input'); e.name = 'ValidationError'; throw e; }
     return { echoed: event };
   };`,
);
const echo: LocalFunction = {
  logicalId: 'Echo',
  name: 'local-Echo',
  arn: 'arn:aws:lambda:us-east-1:0:function:local-Echo',
  bundleFile: bundle,
  handlerExport: 'handler',
  environment: {},
  timeoutSeconds: 7,
  memoryMb: 128,
};
const lambda = new LambdaHost(new Map([[echo.name, echo]]));
const tokens = new TokenRegistry();
const putEvents = jest.fn(async (entries: Record<string, unknown>[]) => entries.map(() => ({ EventId: 'e-1' })));
const services = { lambda, tokens, clients: {}, putEvents };

afterAll(async () => {
  await lambda.stop();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => putEvents.mockClear());

describe('taskHandler', () => {
  it('wraps lambda:invoke results in the Payload envelope', async () => {
    // Prepare
    const handler = taskHandler('Call', 'arn:aws:states:::lambda:invoke', services);
    // Act
    const result = await handler({ FunctionName: echo.arn, Payload: { a: 1 } });
    // Assess
    expect(result).toMatchObject({ StatusCode: 200, Payload: { echoed: { a: 1 } } });
  });

  it('returns the bare result for a function ARN resource', async () => {
    // Prepare
    const handler = taskHandler('Call', echo.arn, services);
    // Act
    const result = await handler({ b: 2 });
    // Assess
    expect(result).toEqual({ echoed: { b: 2 } });
  });

  it('reports a handler failure under its errorType with the Lambda payload as cause', async () => {
    // Prepare
    const handler = taskHandler('Call', 'arn:aws:states:::lambda:invoke', services);
    // Act
    const error = (await handler({ FunctionName: echo.name, Payload: { fail: true } }).catch(
      (caught: unknown) => caught,
    )) as TaskError;
    // Assess
    expect(error.name).toBe('ValidationError');
    expect(JSON.parse(error.message)).toMatchObject({ errorType: 'ValidationError', errorMessage: 'bad input' });
  });

  it('fails for a function the stack does not have', async () => {
    // Prepare
    const handler = taskHandler('Call', 'arn:aws:states:::lambda:invoke', services);
    // Act / Assess
    await expect(handler({ FunctionName: 'ghost', Payload: {} })).rejects.toMatchObject({
      name: 'Lambda.ResourceNotFoundException',
    });
  });

  it('waits for the task token carried by the input and returns the success output', async () => {
    // Prepare
    const handler = taskHandler('Wait', 'arn:aws:states:::lambda:invoke.waitForTaskToken', services);
    const token = tokens.issue();
    // Act
    const pending = handler({ FunctionName: echo.name, Payload: { token } });
    setTimeout(() => tokens.complete(token, { output: { ok: true } }), 50);
    // Assess
    await expect(pending).resolves.toEqual({ ok: true });
  });

  it('fails a waitForTaskToken task whose input carries no token, naming the state', async () => {
    // Prepare
    const handler = taskHandler('Wait', 'arn:aws:states:::lambda:invoke.waitForTaskToken', services);
    // Act / Assess
    await expect(handler({ FunctionName: echo.name, Payload: {} })).rejects.toThrow(/state "Wait"/);
  });

  it('puts events on the local bus with Detail as JSON text', async () => {
    // Prepare
    const handler = taskHandler('Emit', 'arn:aws:states:::events:putEvents', services);
    // Act
    const result = await handler({ Entries: [{ Source: 'app', DetailType: 'Done', Detail: { n: 1 } }] });
    // Assess
    expect(putEvents).toHaveBeenCalledWith([{ Source: 'app', DetailType: 'Done', Detail: '{"n":1}' }]);
    expect(result).toMatchObject({ FailedEntryCount: 0 });
  });

  it('fails an SDK integration whose emulator is not running, naming the state', async () => {
    // Prepare
    const handler = taskHandler('Publish', 'arn:aws:states:::sns:publish', services);
    // Act / Assess
    await expect(handler({ TopicArn: 'arn', Message: 'm' })).rejects.toThrow(/state "Publish"/);
  });

  it('refuses a resource it cannot run, naming the state', () => {
    // Act / Assess
    expect(() => taskHandler('Glue', 'arn:aws:states:::glue:startJobRun', services)).toThrow(UnsupportedStateError);
    expect(isSupportedResource('arn:aws:states:::aws-sdk:s3:listBuckets')).toBe(false);
  });
});

describe('buildTaskHandlers and withTaskTimeouts', () => {
  const definition = {
    StartAt: 'A',
    States: {
      A: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: echo.arn },
        Next: 'B',
      },
      B: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: echo.arn },
        Next: 'C',
      },
      C: { Type: 'Task', Resource: echo.arn, TimeoutSeconds: 3, End: true },
    },
  } as unknown as StateMachineDefinition;

  it('builds one handler per Task state', () => {
    // Act
    const handlers = buildTaskHandlers(definition, services);
    // Assess
    expect(Object.keys(handlers).sort()).toEqual(['A', 'B', 'C']);
  });

  it('gives Lambda tasks the function Timeout and callbacks a long wait, keeping explicit values', () => {
    // Act
    const timed = withTaskTimeouts(definition, (name) => lambda.resolve(name)?.timeoutSeconds, 120);
    // Assess
    const states = timed.States as Record<string, { TimeoutSeconds?: number }>;
    expect(states.A?.TimeoutSeconds).toBe(12);
    expect(states.B?.TimeoutSeconds).toBe(120);
    expect(states.C?.TimeoutSeconds).toBe(3);
    expect((definition.States.A as { TimeoutSeconds?: number }).TimeoutSeconds).toBeUndefined();
  });
});
