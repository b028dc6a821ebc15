import { type CapturedOutput, captureOutput, loadObservability, useEnv } from './capture-output';

describe('metrics helpers', () => {
  let output: CapturedOutput;
  let restoreEnv: () => void;

  beforeEach(() => {
    restoreEnv = useEnv({ USE_CASE: 'UC1', AWS_LAMBDA_FUNCTION_NAME: 'uc1-discovery' });
    output = captureOutput();
  });

  afterEach(() => {
    output.restore();
    restoreEnv();
  });

  it('publishes FilesProcessed as Count and BytesProcessed as Bytes under the shared namespace', async () => {
    // Prepare
    const { recordFilesProcessed, flushMetrics } = await loadObservability();

    // Act
    recordFilesProcessed(12, 2048);
    flushMetrics();

    // Assess
    const [emf] = output.emf();
    expect(emf?._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'FSxN-S3AP-Patterns',
        Dimensions: [['UseCase', 'FunctionName', 'Environment']],
        Metrics: [
          { Name: 'FilesProcessed', Unit: 'Count' },
          { Name: 'BytesProcessed', Unit: 'Bytes' },
        ],
      },
    ]);
    expect(emf).toMatchObject({
      UseCase: 'UC1',
      FunctionName: 'uc1-discovery',
      Environment: 'dev',
      FilesProcessed: 12,
      BytesProcessed: 2048,
    });
    expect(emf).not.toHaveProperty('service');
  });

  it('omits BytesProcessed when no byte count is given', async () => {
    // Prepare
    const { recordFilesProcessed, flushMetrics } = await loadObservability();

    // Act
    recordFilesProcessed(0);
    flushMetrics();

    // Assess
    const [emf] = output.emf();
    expect(emf?._aws.CloudWatchMetrics[0]?.Metrics).toEqual([{ Name: 'FilesProcessed', Unit: 'Count' }]);
    expect(emf?.FilesProcessed).toBe(0);
  });

  it('publishes a pattern-specific metric with its unit', async () => {
    // Prepare
    const { addMetric, flushMetrics, MetricUnit } = await loadObservability();

    // Act
    addMetric('LabelsDetected', MetricUnit.Count, 7);
    addMetric('ModelLatency', MetricUnit.Milliseconds, 350);
    flushMetrics();

    // Assess
    const [emf] = output.emf();
    expect(emf?._aws.CloudWatchMetrics[0]?.Metrics).toEqual([
      { Name: 'LabelsDetected', Unit: 'Count' },
      { Name: 'ModelLatency', Unit: 'Milliseconds' },
    ]);
    expect(emf).toMatchObject({ LabelsDetected: 7, ModelLatency: 350 });
  });

  it('prints nothing when flushing an empty buffer', async () => {
    // Prepare
    const { flushMetrics } = await loadObservability();

    // Act
    flushMetrics();

    // Assess
    expect(output.stdout).toEqual([]);
    expect(output.stderr).toEqual([]);
  });

  it('applies dimension overrides without printing warnings', async () => {
    // Prepare
    const { setMetricDimensions, recordFilesProcessed, flushMetrics } = await loadObservability();

    // Act
    setMetricDimensions({ UseCase: 'UC9', Environment: ' ' });
    setMetricDimensions({ UseCase: 'UC9' });
    recordFilesProcessed(1);
    flushMetrics();

    // Assess
    expect(output.emf()[0]).toMatchObject({ UseCase: 'UC9', FunctionName: 'uc1-discovery', Environment: 'dev' });
    expect(output.stderr).toEqual([]);
  });

  it('returns the same Metrics instance on every call', async () => {
    // Prepare
    const { getMetrics } = await loadObservability();

    // Act
    const first = getMetrics();

    // Assess
    expect(getMetrics()).toBe(first);
  });

  it.each([
    [-1, undefined],
    [1.5, undefined],
    [Number.NaN, undefined],
    [1, -5],
    [1, 0.5],
  ])('rejects recordFilesProcessed(%p, %p) with a ValidationError', async (count, bytes) => {
    // Prepare
    const { recordFilesProcessed } = await loadObservability();

    // Act
    const act = () => recordFilesProcessed(count, bytes);

    // Assess
    // (the module is re-loaded per test, so the class is matched by its name)
    expect(act).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  it('rejects a non-finite pattern metric value with a ValidationError naming the metric', async () => {
    // Prepare
    const { addMetric, MetricUnit } = await loadObservability();

    // Act
    const act = () => addMetric('Ratio', MetricUnit.Percent, Number.POSITIVE_INFINITY);

    // Assess
    expect(act).toThrow(
      expect.objectContaining({ name: 'ValidationError', message: expect.stringContaining('Ratio') }),
    );
  });
});
