import { createSocket } from 'node:dgram';
import type { Context } from 'aws-lambda';
import { traceInvocation } from '../../../src/observability';
import { createRecordingTracer, SAMPLED_TRACE_HEADER } from '../../../src/testing';
import { captureOutput, loadObservability, useEnv } from './capture-output';

const HEADER = SAMPLED_TRACE_HEADER;

describe('traceInvocation', () => {
  it('runs the function inside a named subsegment of the function segment, cold start annotated once', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer({ serviceName: 'svc' });

    // Act
    const first = await traceInvocation(tracer, 'fn', async () => 'a');
    const second = await traceInvocation(tracer, 'fn', async () => 'b');

    // Assess
    expect([first, second]).toEqual(['a', 'b']);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({
      type: 'subsegment',
      name: '## fn',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: '53995c3f42cd8ad8',
      annotations: { ColdStart: true, Service: 'svc' },
    });
    expect(documents[1]).toMatchObject({ annotations: { ColdStart: false } });
    const first0 = documents[0] as { start_time: number; end_time: number };
    expect(first0.end_time).toBeGreaterThanOrEqual(first0.start_time);
    expect(documents[0]).not.toHaveProperty('metadata');
  });

  it('records the error name and the start of its message, never the response, and re-throws', async () => {
    // Prepare
    const { tracer, documents } = createRecordingTracer({ serviceName: 'svc' });
    const boom = new RangeError(`bad ${'x'.repeat(500)}`);

    // Act
    const run = traceInvocation(tracer, 'fn', async () => {
      throw boom;
    });

    // Assess
    await expect(run).rejects.toBe(boom);
    const cause = documents[0]?.cause as { exceptions: Array<{ type: string; message: string }> };
    expect(documents[0]?.error).toBe(true);
    expect(cause.exceptions[0]?.type).toBe('RangeError');
    expect(cause.exceptions[0]?.message.length).toBe(200);
  });

  it('re-throws a thrown non-Error value unchanged', async () => {
    const { tracer } = createRecordingTracer({ serviceName: 'svc' });
    await expect(
      traceInvocation(tracer, 'fn', async () => {
        throw 'plain';
      }),
    ).rejects.toBe('plain');
  });

  it('calls the function directly when tracing is off, the request is not sampled, or there is no header', async () => {
    for (const options of [{ enabled: false }, { header: HEADER.replace('Sampled=1', 'Sampled=0') }, { header: '' }]) {
      const { tracer, documents } = createRecordingTracer(options);
      await expect(traceInvocation(tracer, 'fn', async () => 7)).resolves.toBe(7);
      expect(documents).toEqual([]);
    }
  });
});

describe('withObservability with tracing on', () => {
  it('sends a subsegment named after the function to the daemon when ENABLE_XRAY is true inside Lambda', async () => {
    // Prepare
    const daemon = createSocket('udp4');
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    const received = new Promise<string>((resolve) => daemon.once('message', (message) => resolve(String(message))));
    const restoreEnv = useEnv({
      ENABLE_XRAY: 'true',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'traced-fn',
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
      _X_AMZN_TRACE_ID: HEADER,
    });
    const output = captureOutput();
    const { withObservability, isTracingActive } = await loadObservability();
    const handler = withObservability(async () => 'traced');

    // Act
    const result = await handler({}, { functionName: 'traced-fn', awsRequestId: 'r1' } as unknown as Context);
    const datagram = await received;

    // Assess
    output.restore();
    restoreEnv();
    daemon.close();
    expect(result).toBe('traced');
    expect(isTracingActive()).toBe(true);
    const [header, body] = datagram.split('\n');
    expect(header).toBe('{"format":"json","version":1}');
    expect(JSON.parse(body ?? '{}')).toMatchObject({ name: '## traced-fn', parent_id: '53995c3f42cd8ad8' });
  });
});
