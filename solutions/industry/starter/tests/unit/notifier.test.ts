import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createSnsNotifier, MAX_SUBJECT_LENGTH } from '../../src/notifier';

const sns = mockClient(SNSClient);
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:inventory';

describe('createSnsNotifier', () => {
  beforeEach(() => {
    sns.reset();
  });

  it('publishes the subject and message to the topic', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });

    // Act
    await createSnsNotifier(TOPIC, new SNSClient({ region: 'us-east-1' })).publish('Done', 'All good');

    // Assess
    expect(sns).toHaveReceivedCommandWith(PublishCommand, { TopicArn: TOPIC, Subject: 'Done', Message: 'All good' });
  });

  it('cuts the subject to the SNS limit', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({});

    // Act
    await createSnsNotifier(TOPIC, new SNSClient({ region: 'us-east-1' })).publish('s'.repeat(150), 'body');

    // Assess
    const subject = sns.commandCalls(PublishCommand)[0]?.args[0].input.Subject;
    expect(subject).toHaveLength(MAX_SUBJECT_LENGTH);
  });

  it('lets a publish failure through', async () => {
    // Prepare
    sns.on(PublishCommand).rejects(new Error('AuthorizationError'));

    // Act / Assess
    await expect(createSnsNotifier(TOPIC, new SNSClient({ region: 'us-east-1' })).publish('s', 'm')).rejects.toThrow(
      'AuthorizationError',
    );
  });
});
