import type { BusEntry } from '@fsxn-s3ap/shared/task-tokens';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import fc from 'fast-check';
import type { TransformJobRequest } from '../../../src/domain/inference/start-transform';
import { createHandler, jobArnFor } from '../../../src/functions/sagemaker-invoke';
import { createMemoryStore, FIXED_NOW } from '../fakes';

const event = (taskToken: string) => ({ taskToken, executionId: 'run-1', pointClouds: [{ key: 'a.pcd', points: 5 }] });

function setup(mode: 'dynamodb' | 'direct', mockMode: boolean) {
  const store = createMemoryStore(['0a1b2c3d']);
  const output = createMemoryOutputWriter();
  const entries: BusEntry[] = [];
  const jobs: TransformJobRequest[] = [];
  const handler = createHandler({
    mode,
    mockMode,
    jobNamePrefix: 'uc9-seg',
    store: mode === 'dynamodb' ? store : undefined,
    jobs: { create: async (request) => void jobs.push(request) },
    events: { put: async (entry) => void entries.push(entry) },
    output,
    region: 'eu-west-1',
    clock: () => FIXED_NOW,
  });
  return { handler, store, output, entries, jobs };
}

const context = { invokedFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:f' };

describe('sagemaker-invoke handler', () => {
  it('stores the token and emits a mock job event tagged with the correlation id only', async () => {
    // Prepare
    const { handler, store, output, entries } = setup('dynamodb', true);

    // Act
    const started = await handler(event('the-task-token'), context);

    // Assess
    expect(started).toMatchObject({ mode: 'dynamodb', correlationId: '0a1b2c3d', clouds: 1, mock: true });
    expect(store.records.get('0a1b2c3d')?.task_token).toBe('the-task-token');
    const detail = JSON.parse(entries[0]?.Detail ?? '{}');
    expect(detail).toMatchObject({
      TransformJobName: started.jobName,
      TransformJobStatus: 'Completed',
      Tags: { CorrelationId: '0a1b2c3d' },
    });
    expect(entries[0]?.Detail).not.toContain('the-task-token');
    const segmentation = [...output.objects.keys()].find((key) => key.endsWith('a.pcd.segmentation.json')) ?? '';
    expect((await output.getJson<{ labels: number[] }>(segmentation)).labels).toHaveLength(5);
  });

  it('puts the token in the TaskToken tag in direct mode', async () => {
    // Prepare
    const { handler, entries } = setup('direct', true);

    // Act
    await handler(event('x'.repeat(900)), context);

    // Assess
    expect(JSON.parse(entries[0]?.Detail ?? '{}').Tags).toEqual({ TaskToken: 'x'.repeat(900) });
  });

  it('refuses a direct-mode real job whose token is longer than a tag', async () => {
    // Prepare
    const { handler, jobs } = setup('direct', false);

    // Act / Assess
    await expect(handler(event('x'.repeat(900)), context)).rejects.toMatchObject({ name: 'TaskTokenTooLongError' });
    expect(jobs).toEqual([]);
  });

  it('starts a real job tagged with CorrelationId and removes the record when the start fails', async () => {
    // Prepare
    const ok = setup('dynamodb', false);
    const failing = setup('dynamodb', false);
    const broken = createHandler({ ...failingDeps(failing) });

    // Act
    await ok.handler(event('t'), context);

    // Assess
    expect(ok.jobs[0]?.tags).toEqual([{ Key: 'CorrelationId', Value: '0a1b2c3d' }]);
    await expect(broken(event('t'), context)).rejects.toThrow('no capacity');
    expect(failing.store.records.size).toBe(0);
  });

  it('rejects an event without a task token', async () => {
    // Act / Assess
    await expect(setup('dynamodb', true).handler({ executionId: 'r', pointClouds: [] }, context)).rejects.toMatchObject(
      { name: 'ValidationError', message: expect.stringContaining('taskToken') },
    );
  });

  it('builds the job ARN from the function ARN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2}-[a-z]+-\d$/), fc.stringMatching(/^\d{12}$/), (region, account) => {
        // Act / Assess
        expect(jobArnFor({ invokedFunctionArn: `arn:aws:lambda:${region}:${account}:function:f` }, 'Job-1')).toBe(
          `arn:aws:sagemaker:${region}:${account}:transform-job/job-1`,
        );
      }),
    );
  });
});

function failingDeps(base: ReturnType<typeof setup>) {
  return {
    mode: 'dynamodb' as const,
    mockMode: false,
    jobNamePrefix: 'uc9-seg',
    store: base.store,
    jobs: { create: async () => Promise.reject(new Error('no capacity')) },
    events: { put: async () => undefined },
    output: base.output,
    clock: () => FIXED_NOW,
  };
}
