import fc from 'fast-check';
import { completeTransformTask, type TaskCallbacks } from '../../../src/domain/inference/resolve-callback';
import { parseTransformEvent } from '../../../src/domain/inference/transform-event';
import { createMemoryStore, FIXED_NOW } from '../fakes';

function recorder() {
  const calls: { kind: string; token: string; detail: unknown }[] = [];
  const callbacks: TaskCallbacks = {
    async success(token, output) {
      calls.push({ kind: 'success', token, detail: output });
    },
    async failure(token, error, cause) {
      calls.push({ kind: 'failure', token, detail: { error, cause } });
    },
  };
  return { calls, callbacks };
}

const change = (tags: unknown, status: 'Completed' | 'Failed' | 'Stopped' = 'Completed') => ({
  jobName: 'uc9-seg-1',
  status,
  tags,
  outputPath: 's3://b/p/',
});

describe('completeTransformTask', () => {
  it('resolves the token by CorrelationId, sends success and deletes the record', async () => {
    // Prepare
    const store = createMemoryStore(['0a1b2c3d']);
    const id = await store.put({ taskToken: 'secret-token', transformJobName: 'uc9-seg-1' });
    const { calls, callbacks } = recorder();
    const orphaned = jest.fn();

    // Act
    const outcome = await completeTransformTask(change({ CorrelationId: id }), {
      store,
      callbacks,
      listTags: jest.fn(),
      orphaned,
    });

    // Assess
    expect(outcome).toMatchObject({ status: 'DELIVERED', mode: 'dynamodb', correlationId: id });
    expect(calls).toEqual([
      {
        kind: 'success',
        token: 'secret-token',
        detail: expect.objectContaining({ route: 'batch', outputPath: 's3://b/p/' }),
      },
    ]);
    expect(store.records.size).toBe(0);
    expect(orphaned).not.toHaveBeenCalled();
  });

  it('sends SageMakerTransformJobFailed for a failed or stopped job', async () => {
    // Prepare
    const { calls, callbacks } = recorder();

    // Act
    await completeTransformTask(
      { ...change({ TaskToken: 'legacy' }, 'Failed'), failureReason: 'OOM' },
      { store: undefined, callbacks, listTags: jest.fn(), orphaned: jest.fn() },
    );

    // Assess
    expect(calls).toEqual([
      {
        kind: 'failure',
        token: 'legacy',
        detail: { error: 'SageMakerTransformJobFailed', cause: expect.stringContaining('OOM') },
      },
    ]);
  });

  it('counts an orphan when the token is missing or expired', async () => {
    // Prepare
    let now = FIXED_NOW;
    const store = createMemoryStore(['0a1b2c3d'], () => now);
    await store.put({ taskToken: 't', transformJobName: 'uc9-seg-1' });
    now = new Date(FIXED_NOW.getTime() + 86_400_000);
    const orphaned = jest.fn();
    const { calls, callbacks } = recorder();

    // Act
    const expired = await completeTransformTask(change({ CorrelationId: '0a1b2c3d' }), {
      store,
      callbacks,
      listTags: jest.fn(),
      orphaned,
    });
    const missing = await completeTransformTask(change({ CorrelationId: 'ffffffff' }), {
      store,
      callbacks,
      listTags: jest.fn(),
      orphaned,
    });

    // Assess
    expect([expired.status, missing.status]).toEqual(['ORPHANED', 'ORPHANED']);
    expect(orphaned).toHaveBeenCalledTimes(2);
    expect(calls).toEqual([]);
  });

  it('asks SageMaker for tags the event lacks, then falls back to the job-name index', async () => {
    // Prepare
    const store = createMemoryStore(['0a1b2c3d']);
    await store.put({ taskToken: 'by-name', transformJobName: 'uc9-seg-1' });
    const listTags = jest.fn().mockResolvedValue([]);
    const { calls, callbacks } = recorder();

    // Act
    await completeTransformTask(
      { jobName: 'uc9-seg-1', jobArn: 'arn:job', status: 'Completed' },
      { store, callbacks, listTags, orphaned: jest.fn() },
    );

    // Assess
    expect(listTags).toHaveBeenCalledWith('arn:job');
    expect(calls[0]?.token).toBe('by-name');
  });

  it('keeps the record when Step Functions fails transiently, and drops it when the token is stale', async () => {
    // Prepare
    const store = createMemoryStore(['0a1b2c3d', '1a1b2c3d']);
    await store.put({ taskToken: 't1', transformJobName: 'j1' });
    await store.put({ taskToken: 't2', transformJobName: 'j2' });
    const failing = (name: string): TaskCallbacks => ({
      success: jest.fn().mockRejectedValue(Object.assign(new Error(name), { name })),
      failure: jest.fn(),
    });

    // Act
    const transient = completeTransformTask(change({ CorrelationId: '0a1b2c3d' }), {
      store,
      callbacks: failing('ThrottlingException'),
      listTags: jest.fn(),
      orphaned: jest.fn(),
    });
    const stale = await completeTransformTask(change({ CorrelationId: '1a1b2c3d' }), {
      store,
      callbacks: failing('TaskTimedOut'),
      listTags: jest.fn(),
      orphaned: jest.fn(),
    });

    // Assess
    await expect(transient).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(stale.status).toBe('ORPHANED');
    expect([...store.records.keys()]).toEqual(['0a1b2c3d']);
  });

  it('never writes the task token to a log line', async () => {
    // Prepare
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 12, maxLength: 200 }).filter((s) => s.trim().length >= 12),
          fc.boolean(),
          async (token, missing) => {
            const store = createMemoryStore(['0a1b2c3d']);
            const id = await store.put({ taskToken: token, transformJobName: 'uc9-seg-1' });
            const { callbacks } = recorder();
            // Act
            await completeTransformTask(change({ CorrelationId: missing ? 'ffffffff' : id }), {
              store,
              callbacks,
              listTags: jest.fn(),
              orphaned: jest.fn(),
            });
            // Assess
            expect(lines.join('')).not.toContain(JSON.stringify(token).slice(1, -1));
          },
        ),
        { numRuns: 30 },
      );
    } finally {
      spy.mockRestore();
    }
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('parseTransformEvent', () => {
  it('reads a SageMaker state-change event and rejects other shapes', () => {
    // Prepare
    const event = {
      'detail-type': 'SageMaker Transform Job State Change',
      detail: { TransformJobName: 'j', TransformJobStatus: 'Stopped', Tags: { a: 'b' } },
    };

    // Act / Assess
    expect(parseTransformEvent(event)).toEqual({ jobName: 'j', status: 'Stopped', tags: { a: 'b' } });
    expect(() =>
      parseTransformEvent({ ...event, detail: { TransformJobName: 'j', TransformJobStatus: 'InProgress' } }),
    ).toThrow(/detail\.TransformJobStatus/);
    expect(() => parseTransformEvent({ detail: {} })).toThrow(/detail-type/);
  });
});
