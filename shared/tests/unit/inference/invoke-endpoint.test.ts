import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AiServiceError, ThrottlingError } from '../../../src/errors';
import { invokeEndpointWithRetry } from '../../../src/inference';

const runtime = mockClient(SageMakerRuntimeClient);

function failure(name: string): Error {
  return Object.assign(new Error(name), { name, $metadata: {} });
}

function options() {
  const delays: number[] = [];
  let now = 0;
  return {
    delays,
    value: {
      client: new SageMakerRuntimeClient({ region: 'us-east-1' }),
      sleep: async (ms: number) => {
        delays.push(ms);
      },
      clock: () => (now += 7),
    },
  };
}

describe('invokeEndpointWithRetry', () => {
  beforeEach(() => {
    runtime.reset();
  });

  it('returns the body, the invoked variant and the latency', async () => {
    // Prepare
    runtime.on(InvokeEndpointCommand).resolves({
      Body: new TextEncoder().encode('{"labels":[1]}') as never,
      InvokedProductionVariant: 'variant-b',
    });

    // Act
    const response = await invokeEndpointWithRetry({ endpointName: 'ep', body: '{}' }, options().value);

    // Assess
    expect(response).toEqual({ body: '{"labels":[1]}', invokedVariant: 'variant-b', latencyMs: 7, attempts: 1 });
    expect(runtime).toHaveReceivedCommandWith(InvokeEndpointCommand, {
      EndpointName: 'ep',
      ContentType: 'application/json',
    });
  });

  it.each(['ThrottlingException', 'ModelError'])('retries %s with exponential backoff', async (name) => {
    // Prepare
    runtime
      .on(InvokeEndpointCommand)
      .rejectsOnce(failure(name))
      .rejectsOnce(failure(name))
      .resolves({ Body: new TextEncoder().encode('ok') as never, InvokedProductionVariant: 'variant-a' });
    const { delays, value } = options();

    // Act
    const response = await invokeEndpointWithRetry({ endpointName: 'ep', body: '{}' }, value);

    // Assess
    expect(response.attempts).toBe(3);
    expect(delays).toEqual([200, 400]);
  });

  it('turns a throttle that outlasts the retries into ThrottlingError', async () => {
    // Prepare
    runtime.on(InvokeEndpointCommand).rejects(failure('ThrottlingException'));

    // Act / Assess
    await expect(invokeEndpointWithRetry({ endpointName: 'ep', body: '{}' }, options().value)).rejects.toBeInstanceOf(
      ThrottlingError,
    );
    expect(runtime).toHaveReceivedCommandTimes(InvokeEndpointCommand, 4);
  });

  it('does not retry a validation failure', async () => {
    // Prepare
    runtime.on(InvokeEndpointCommand).rejects(failure('ValidationError'));

    // Act / Assess
    await expect(invokeEndpointWithRetry({ endpointName: 'ep', body: '{}' }, options().value)).rejects.toBeInstanceOf(
      AiServiceError,
    );
    expect(runtime).toHaveReceivedCommandTimes(InvokeEndpointCommand, 1);
  });
});
