import { type CapturedOutput, captureOutput, loadObservability, useEnv } from './capture-output';

const TASK_TOKEN = 'AQCEAAAAKgAAAAMAAAAAAAAAAVeryLongStepFunctionsTaskToken';

describe('getLogger', () => {
  let output: CapturedOutput;
  let restoreEnv: () => void;

  beforeEach(() => {
    restoreEnv = useEnv({ POWERTOOLS_SERVICE_NAME: 'retail-catalog' });
    output = captureOutput();
  });

  afterEach(() => {
    output.restore();
    restoreEnv();
  });

  it('returns the same instance on every call', async () => {
    // Prepare
    const { getLogger } = await loadObservability();

    // Act
    const first = getLogger();
    const second = getLogger();

    // Assess
    expect(second).toBe(first);
  });

  it('prints JSON lines with the service name from POWERTOOLS_SERVICE_NAME', async () => {
    // Prepare
    const { getLogger } = await loadObservability();

    // Act
    getLogger().info('listed objects', { count: 3 });

    // Assess
    expect(output.json()).toEqual([
      expect.objectContaining({ level: 'INFO', message: 'listed objects', service: 'retail-catalog', count: 3 }),
    ]);
  });

  it('never prints a Step Functions task token, at any depth', async () => {
    // Prepare
    const { getLogger } = await loadObservability();

    // Act
    getLogger().info('waiting for approval', {
      taskToken: TASK_TOKEN,
      request: { TaskToken: TASK_TOKEN, items: [{ callbackTaskToken: TASK_TOKEN }] },
    });

    // Assess
    const printed = output.stdout.join('\n');
    expect(printed).not.toContain(TASK_TOKEN);
    expect(output.json()[0]).toMatchObject({
      taskToken: '[REDACTED]',
      request: { TaskToken: '[REDACTED]', items: [{ callbackTaskToken: '[REDACTED]' }] },
    });
  });

  it('redacts secrets, passwords, authorization headers and credentials', async () => {
    // Prepare
    const { getLogger } = await loadObservability();

    // Act
    getLogger().warn('calling ONTAP', {
      clientSecret: 's3cr3t',
      headers: { Authorization: 'Basic dXNlcjpwYXNz' },
      ontapPassword: 'hunter2',
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'wJalrEXAMPLE' },
      bucket: 'visible-bucket',
    });

    // Assess
    const printed = [...output.stdout, ...output.stderr].join('\n');
    for (const secret of ['s3cr3t', 'dXNlcjpwYXNz', 'hunter2', 'AKIAEXAMPLE', 'wJalrEXAMPLE']) {
      expect(printed).not.toContain(secret);
    }
    expect(printed).toContain('visible-bucket');
  });

  it('redacts a task token carried by a logged error', async () => {
    // Prepare
    const { getLogger } = await loadObservability();
    const error = Object.assign(new Error('callback failed'), { taskToken: TASK_TOKEN });

    // Act
    getLogger().error('send task failure', { failure: error, token: TASK_TOKEN });

    // Assess
    const printed = [...output.stdout, ...output.stderr].join('\n');
    expect(printed).toContain('callback failed');
    expect(printed).not.toContain(TASK_TOKEN);
  });

  it('keeps model token counts visible', async () => {
    // Prepare
    const { getLogger } = await loadObservability();

    // Act
    getLogger().info('model answered', { inputTokens: 120, outputTokens: 48 });

    // Assess
    expect(output.json()[0]).toMatchObject({ inputTokens: 120, outputTokens: 48 });
  });
});
