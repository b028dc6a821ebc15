/** The SNS adapter of the health alert. */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from './domain/write-analysis';

/** SNS subjects are limited to 100 characters. */
export const MAX_SUBJECT_LENGTH = 100;

/** A {@link Notifier} publishing to `topicArn`. */
export function createSnsNotifier(topicArn: string, client: SNSClient = new SNSClient({})): Notifier {
  return {
    async publish(subject, message) {
      await client.send(
        new PublishCommand({ TopicArn: topicArn, Subject: subject.slice(0, MAX_SUBJECT_LENGTH), Message: message }),
      );
    },
  };
}
