import type { Context } from 'aws-lambda';
import { type CapturedOutput, captureOutput, loadObservability, useEnv } from './capture-output';

const context = {
  functionName: 'uc11-tag-images',
  awsRequestId: 'req-123',
  invokedFunctionArn: 'arn:aws:lambda:ap-northeast-1:123456789012:function:uc11-tag-images',
  memoryLimitInMB: '512',
} as unknown as Context;

describe('withObservability', () => {
  let output: CapturedOutput;
  let restoreEnv: () => void;

  beforeEach(() => {
    restoreEnv = useEnv({ USE_CASE: 'UC11', ENVIRONMENT: 'prod' });
    output = captureOutput();
  });

  afterEach(() => {
    output.restore();
    restoreEnv();
  });

  it('returns the handler result and publishes ProcessingDuration in milliseconds', async () => {
    // Prepare
    const { withObservability, METRICS_NAMESPACE } = await loadObservability();
    const handler = withObservability(async (event: { n: number }) => event.n * 2);

    // Act
    const result = await handler({ n: 21 }, context);

    // Assess
    expect(result).toBe(42);
    const [emf] = output.emf();
    const directive = emf?._aws.CloudWatchMetrics[0];
    expect(directive?.Namespace).toBe(METRICS_NAMESPACE);
    expect(directive?.Namespace).toBe('FSxN-S3AP-Patterns');
    expect(directive?.Dimensions).toEqual([['UseCase', 'FunctionName', 'Environment']]);
    expect(directive?.Metrics).toEqual([{ Name: 'ProcessingDuration', Unit: 'Milliseconds' }]);
    expect(emf).toMatchObject({ UseCase: 'UC11', FunctionName: 'uc11-tag-images', Environment: 'prod' });
    expect(typeof emf?.ProcessingDuration).toBe('number');
    expect(output.emf()).toHaveLength(1);
  });

  it('prefers AWS_LAMBDA_FUNCTION_NAME and options.useCase over the context and USE_CASE', async () => {
    // Prepare
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'from-env';
    const { withObservability } = await loadObservability();
    const handler = withObservability(async () => 'ok', { useCase: 'UC6' });

    // Act
    await handler({}, context);

    // Assess
    expect(output.emf()[0]).toMatchObject({ UseCase: 'UC6', FunctionName: 'from-env', Environment: 'prod' });
  });

  it('publishes pattern metrics recorded by the handler in the same EMF document', async () => {
    // Prepare
    const { withObservability, recordFilesProcessed } = await loadObservability();
    const handler = withObservability(async () => {
      recordFilesProcessed(3, 4096);
    });

    // Act
    await handler({}, context);

    // Assess
    const [emf] = output.emf();
    expect(emf?._aws.CloudWatchMetrics[0]?.Metrics).toEqual([
      { Name: 'FilesProcessed', Unit: 'Count' },
      { Name: 'BytesProcessed', Unit: 'Bytes' },
      { Name: 'ProcessingDuration', Unit: 'Milliseconds' },
    ]);
    expect(emf).toMatchObject({ FilesProcessed: 3, BytesProcessed: 4096 });
  });

  it('re-throws the handler error after counting ProcessingErrors and flushing the metrics', async () => {
    // Prepare
    const { withObservability } = await loadObservability();
    const failure = new Error('boom');
    const handler = withObservability(async () => {
      throw failure;
    });

    // Act
    const outcome = handler({}, context);

    // Assess
    await expect(outcome).rejects.toBe(failure);
    const [emf] = output.emf();
    expect(emf?._aws.CloudWatchMetrics[0]?.Metrics).toEqual([
      { Name: 'ProcessingErrors', Unit: 'Count' },
      { Name: 'ProcessingDuration', Unit: 'Milliseconds' },
    ]);
    expect(emf?.ProcessingErrors).toBe(1);
    const errorLog = output.json().find((line) => line.level === 'ERROR');
    expect(errorLog).toMatchObject({ message: 'Invocation failed', error: { name: 'Error', message: 'boom' } });
  });

  it('re-throws a thrown non-Error value unchanged', async () => {
    // Prepare
    const { withObservability } = await loadObservability();
    const handler = withObservability(async () => {
      throw 'plain string';
    });

    // Act
    const outcome = handler({}, context);

    // Assess
    await expect(outcome).rejects.toBe('plain string');
    expect(output.json().find((line) => line.level === 'ERROR')).toMatchObject({ error: 'plain string' });
  });

  it('adds the Lambda context to every log line written during the invocation', async () => {
    // Prepare
    const { withObservability, getLogger } = await loadObservability();
    const handler = withObservability(async () => getLogger().info('working'));

    // Act
    await handler({}, context);

    // Assess
    const line = output.json().find((entry) => entry.message === 'working');
    expect(line).toMatchObject({ function_name: 'uc11-tag-images', function_request_id: 'req-123' });
  });

  it('emits one EMF document per invocation with fresh metrics each time', async () => {
    // Prepare
    const { withObservability, recordFilesProcessed } = await loadObservability();
    const handler = withObservability(async (count: number) => recordFilesProcessed(count));

    // Act
    await handler(1, context);
    await handler(2, context);

    // Assess
    expect(output.emf().map((doc) => doc.FilesProcessed)).toEqual([1, 2]);
  });

  it('prints nothing besides logs and metrics outside Lambda even when ENABLE_XRAY is true', async () => {
    // Prepare
    process.env.ENABLE_XRAY = 'true';
    const warn = jest.spyOn(console, 'warn');
    const error = jest.spyOn(console, 'error');
    const { withObservability, isTracingActive } = await loadObservability();
    const handler = withObservability(async () => 'done');

    // Act
    const result = await handler({}, context);

    // Assess
    expect(result).toBe('done');
    expect(isTracingActive()).toBe(false);
    expect(output.stderr).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(output.stdout.every((line) => line.includes('"_aws"'))).toBe(true);
    warn.mockRestore();
    error.mockRestore();
  });
});
