/** Where a run summary goes: SNS in production, a recording fake in tests. */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createAwsClient } from '../observability/aws-client';

/** Publishes one short message. */
export interface Notifier {
  publish(subject: string, message: string): Promise<void>;
}

/** SNS subjects are limited to 100 characters. */
export const MAX_SUBJECT_LENGTH = 100;

/** A {@link Notifier} publishing to `topicArn`. */
export function createSnsNotifier(topicArn: string, client: SNSClient = createAwsClient(SNSClient, {})): Notifier {
  return {
    async publish(subject, message) {
      await client.send(
        new PublishCommand({ TopicArn: topicArn, Subject: subject.slice(0, MAX_SUBJECT_LENGTH), Message: message }),
      );
    },
  };
}
