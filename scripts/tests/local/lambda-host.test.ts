import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LambdaHost, LambdaInvocationError, type LocalFunction } from '../../src/local/lambda/lambda-host';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lambda-host-'));
const bundle = path.join(dir, 'index.js');
writeFileSync(
  bundle,
  `const atLoad = process.env.SECRET_OF_FN ?? null;
   exports.handler = async (event, context) => {
     if (event.fail) { const e = new Error('boom'); e.name = 'ProcessingError'; throw e; }
     if (event.sleepMs) await new Promise((r) => setTimeout(r, event.sleepMs));
     process.env.WRITTEN_BY = context.functionName;
     return { atLoad, now: process.env.SECRET_OF_FN ?? null, other: process.env.OTHER ?? null,
       written: process.env.WRITTEN_BY, requestId: context.awsRequestId, remaining: context.getRemainingTimeInMillis() };
   };`,
);

function fn(name: string, environment: Record<string, string>, timeoutSeconds = 5): LocalFunction {
  return {
    logicalId: name,
    name,
    arn: `arn:aws:lambda:us-east-1:0:function:${name}`,
    bundleFile: bundle,
    handlerExport: 'handler',
    environment,
    timeoutSeconds,
    memoryMb: 128,
  };
}

const first = fn('First', { SECRET_OF_FN: 'first-secret' });
const second = fn('Second', { SECRET_OF_FN: 'second-secret', OTHER: 'x' });
const slow = fn('Slow', {}, 1);
const host = new LambdaHost(new Map([first, second, slow].map((entry) => [entry.name, entry])));

afterAll(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('LambdaHost', () => {
  it('gives each function its own environment, seen at module load', async () => {
    // Act
    const [a, b] = (await Promise.all([host.invoke(first, {}), host.invoke(second, {})])) as Record<string, unknown>[];
    // Assess
    expect(a).toMatchObject({ atLoad: 'first-secret', now: 'first-secret', other: null, written: 'First' });
    expect(b).toMatchObject({ atLoad: 'second-secret', now: 'second-secret', other: 'x', written: 'Second' });
    expect(process.env.WRITTEN_BY).toBeUndefined();
  });

  it('passes a Lambda-like context with a request id and the remaining time', async () => {
    // Act
    const result = (await host.invoke(first, {})) as { requestId: string; remaining: number };
    // Assess
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.remaining).toBeGreaterThan(0);
    expect(result.remaining).toBeLessThanOrEqual(5000);
  });

  it('rejects with the handler error name as errorType', async () => {
    // Act
    const error = await host.invoke(first, { fail: true }).catch((caught: unknown) => caught);
    // Assess
    expect(error).toBeInstanceOf(LambdaInvocationError);
    expect((error as LambdaInvocationError).failure).toMatchObject({
      errorType: 'ProcessingError',
      errorMessage: 'boom',
    });
  });

  it('fails an invocation that outlives the function Timeout', async () => {
    // Act
    const error = await host.invoke(slow, { sleepMs: 3000 }).catch((caught: unknown) => caught);
    // Assess
    expect((error as LambdaInvocationError).failure.errorType).toBe('Sandbox.Timedout');
  });

  it('resolves functions by name, ARN and logical id', () => {
    // Act / Assess
    expect(host.resolve('First')).toBe(first);
    expect(host.resolve('arn:aws:lambda:us-east-1:0:function:Second:live')).toBe(second);
    expect(host.resolve('Missing')).toBeUndefined();
  });
});
