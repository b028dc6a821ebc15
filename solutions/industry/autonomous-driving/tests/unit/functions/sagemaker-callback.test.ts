import { SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createTaskCallbacks } from '../../../src/adapters/aws-ports';
import { createHandler } from '../../../src/functions/sagemaker-callback';
import { createMemoryStore } from '../fakes';

const sfn = mockClient(SFNClient);
const event = (detail: Record<string, unknown>) => ({
  'detail-type': 'SageMaker Transform Job State Change',
  source: 'aws.sagemaker',
  detail,
});

describe('sagemaker-callback handler', () => {
  beforeEach(() => {
    sfn.reset();
  });

  it('sends SendTaskSuccess with the stored token and removes the record', async () => {
    // Prepare
    sfn.on(SendTaskSuccessCommand).resolves({});
    const store = createMemoryStore(['0a1b2c3d']);
    await store.put({ taskToken: 'token-1', transformJobName: 'uc9-seg-1' });
    const handler = createHandler({
      store,
      callbacks: createTaskCallbacks(new SFNClient({})),
      listTags: jest.fn(),
      orphaned: jest.fn(),
    });

    // Act
    await handler(
      event({ TransformJobName: 'uc9-seg-1', TransformJobStatus: 'Completed', Tags: { CorrelationId: '0a1b2c3d' } }),
    );

    // Assess
    expect(sfn).toHaveReceivedCommandWith(SendTaskSuccessCommand, { taskToken: 'token-1' });
    expect(store.records.size).toBe(0);
  });

  it('sends SendTaskFailure for a stopped job', async () => {
    // Prepare
    sfn.on(SendTaskFailureCommand).resolves({});
    const handler = createHandler({
      store: undefined,
      callbacks: createTaskCallbacks(new SFNClient({})),
      listTags: jest.fn(),
      orphaned: jest.fn(),
    });

    // Act
    await handler(
      event({ TransformJobName: 'uc9-seg-1', TransformJobStatus: 'Stopped', Tags: { TaskToken: 'legacy-token' } }),
    );

    // Assess
    expect(sfn).toHaveReceivedCommandWith(SendTaskFailureCommand, {
      taskToken: 'legacy-token',
      error: 'SageMakerTransformJobFailed',
    });
  });

  it('counts OrphanedCallback when Step Functions says the task timed out', async () => {
    // Prepare
    sfn.on(SendTaskSuccessCommand).rejects(Object.assign(new Error('timed out'), { name: 'TaskTimedOut' }));
    const orphaned = jest.fn();
    const handler = createHandler({
      store: undefined,
      callbacks: createTaskCallbacks(new SFNClient({})),
      listTags: jest.fn(),
      orphaned,
    });

    // Act
    const outcome = await handler(
      event({ TransformJobName: 'uc9-seg-1', TransformJobStatus: 'Completed', Tags: { TaskToken: 'old' } }),
    );

    // Assess
    expect(outcome.status).toBe('ORPHANED');
    expect(orphaned).toHaveBeenCalledTimes(1);
  });

  it('rejects an event that is not a transform job state change', async () => {
    // Prepare
    const handler = createHandler({
      store: undefined,
      callbacks: createTaskCallbacks(new SFNClient({})),
      listTags: jest.fn(),
      orphaned: jest.fn(),
    });

    // Act / Assess
    await expect(handler({ 'detail-type': 'Other', detail: {} })).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
