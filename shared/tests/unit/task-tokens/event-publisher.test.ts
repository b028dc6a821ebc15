import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { AiServiceError } from '../../../src/errors';
import { createEventPublisher } from '../../../src/task-tokens';

const events = mockClient(EventBridgeClient);
const entry = { Source: 'fsxn-s3ap.mock-sagemaker', DetailType: 'SageMaker Transform Job State Change', Detail: '{}' };

describe('createEventPublisher', () => {
  beforeEach(() => {
    events.reset();
  });

  it('puts the entry on the bus', async () => {
    // Prepare
    events.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: '1' }] });

    // Act
    await createEventPublisher({ client: new EventBridgeClient({}) }).put(entry);

    // Assess
    expect(events).toHaveReceivedCommandWith(PutEventsCommand, { Entries: [entry] });
  });

  it('throws when the bus rejects the entry', async () => {
    // Prepare
    events
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'NotAuthorizedForSourceException' }] });

    // Act / Assess
    await expect(createEventPublisher({ client: new EventBridgeClient({}) }).put(entry)).rejects.toThrow(
      expect.objectContaining({
        name: AiServiceError.name,
        message: expect.stringContaining('NotAuthorizedForSourceException'),
      }),
    );
  });
});
