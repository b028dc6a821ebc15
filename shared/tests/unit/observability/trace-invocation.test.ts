import type { Context } from 'aws-lambda';
import { type InvocationTracer, traceInvocation } from '../../../src/observability';
import { captureOutput, loadObservability, useEnv } from './capture-output';

interface FakeSegment {
  name: string;
  closed: boolean;
  children: FakeSegment[];
  addNewSubsegment(name: string): FakeSegment;
  close(): void;
}

function fakeSegment(name: string): FakeSegment {
  const segment: FakeSegment = {
    name,
    closed: false,
    children: [],
    addNewSubsegment(child) {
      const created = fakeSegment(child);
      segment.children.push(created);
      return created;
    },
    close() {
      segment.closed = true;
    },
  };
  return segment;
}

function fakeTracer(enabled: boolean, parent: FakeSegment | undefined) {
  const calls: string[] = [];
  const active: unknown[] = [];
  const tracer = {
    isTracingEnabled: () => enabled,
    getSegment: () => parent,
    setSegment: (segment: unknown) => active.push(segment),
    annotateColdStart: () => calls.push('coldStart'),
    addServiceNameAnnotation: () => calls.push('service'),
    addResponseAsMetadata: (data: unknown, name?: string) => calls.push(`response:${name}:${String(data)}`),
    addErrorAsMetadata: (error: Error) => calls.push(`error:${error.message}`),
  };
  return { tracer: tracer as unknown as InvocationTracer, calls, active };
}

describe('traceInvocation', () => {
  it('runs the function inside a named subsegment and restores the parent afterwards', async () => {
    // Prepare
    const parent = fakeSegment('facade');
    const { tracer, calls, active } = fakeTracer(true, parent);

    // Act
    const result = await traceInvocation(tracer, 'fn', async () => 'value');

    // Assess
    expect(result).toBe('value');
    expect(parent.children.map((child) => child.name)).toEqual(['## fn']);
    expect(parent.children[0]?.closed).toBe(true);
    expect(active).toEqual([parent.children[0], parent]);
    expect(calls).toEqual(['coldStart', 'service', 'response:fn:value']);
  });

  it('records the error on the subsegment, closes it and re-throws', async () => {
    // Prepare
    const parent = fakeSegment('facade');
    const { tracer, calls, active } = fakeTracer(true, parent);

    // Act
    const outcome = traceInvocation(tracer, 'fn', async () => {
      throw new Error('failed');
    });

    // Assess
    await expect(outcome).rejects.toThrow('failed');
    expect(calls).toContain('error:failed');
    expect(parent.children[0]?.closed).toBe(true);
    expect(active.at(-1)).toBe(parent);
  });

  it('wraps a thrown non-Error value for the metadata but re-throws the original value', async () => {
    // Prepare
    const { tracer, calls } = fakeTracer(true, fakeSegment('facade'));

    // Act
    const outcome = traceInvocation(tracer, 'fn', async () => {
      throw 7;
    });

    // Assess
    await expect(outcome).rejects.toBe(7);
    expect(calls).toContain('error:7');
  });

  it('calls the function directly when tracing is off', async () => {
    // Prepare
    const parent = fakeSegment('facade');
    const { tracer, calls } = fakeTracer(false, parent);

    // Act
    const result = await traceInvocation(tracer, 'fn', async () => 1);

    // Assess
    expect(result).toBe(1);
    expect(parent.children).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('calls the function directly when no segment is open', async () => {
    // Prepare
    const { tracer, calls } = fakeTracer(true, undefined);

    // Act
    const result = await traceInvocation(tracer, 'fn', async () => 2);

    // Assess
    expect(result).toBe(2);
    expect(calls).toEqual([]);
  });
});

describe('withObservability with tracing on', () => {
  it('opens a subsegment named after the function when ENABLE_XRAY is true inside Lambda', async () => {
    // Prepare
    const restoreEnv = useEnv({
      ENABLE_XRAY: 'true',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'traced-fn',
      POWERTOOLS_TRACER_CAPTURE_HTTPS_REQUESTS: 'false',
    });
    const output = captureOutput();
    const { withObservability, getTracer, isTracingActive } = await loadObservability();
    const tracer = getTracer();
    const parent = fakeSegment('facade');
    jest.spyOn(tracer, 'getSegment').mockReturnValue(parent as unknown as ReturnType<typeof tracer.getSegment>);
    const setSegment = jest.spyOn(tracer, 'setSegment').mockImplementation(() => undefined);
    jest.spyOn(tracer, 'annotateColdStart').mockImplementation(() => undefined);
    jest.spyOn(tracer, 'addServiceNameAnnotation').mockImplementation(() => undefined);
    jest.spyOn(tracer, 'addResponseAsMetadata').mockImplementation(() => undefined);
    const handler = withObservability(async () => 'traced');

    // Act
    const result = await handler({}, { functionName: 'traced-fn', awsRequestId: 'r1' } as unknown as Context);

    // Assess
    output.restore();
    restoreEnv();
    expect(result).toBe('traced');
    expect(isTracingActive()).toBe(true);
    expect(parent.children.map((child) => child.name)).toEqual(['## traced-fn']);
    expect(setSegment).toHaveBeenLastCalledWith(parent);
  });
});
