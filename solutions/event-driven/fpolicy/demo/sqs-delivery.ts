/** What Lambda's SQS event source mapping does for the demo: SQS messages -> an SQS event, and deletes on success. */
import { DeleteMessageBatchCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';

/** The Lambda SQS event for `messages` of the queue `queueArn`. */
export function toSqsEvent(messages: readonly Message[], queueArn: string) {
  return {
    Records: messages.map((message) => ({
      messageId: message.MessageId ?? '',
      receiptHandle: message.ReceiptHandle ?? '',
      body: message.Body ?? '',
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()) },
      messageAttributes: {},
      md5OfBody: message.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: 'us-east-1',
    })),
  };
}

/** Deletes the messages the function did not report in `batchItemFailures` (they stay for redelivery). */
export async function deleteHandled(
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly Message[],
  result: unknown,
): Promise<void> {
  const failures = (result as { batchItemFailures?: { itemIdentifier?: string }[] } | null)?.batchItemFailures ?? [];
  const failed = new Set(failures.map((failure) => failure.itemIdentifier));
  const handled = messages.filter((message) => !failed.has(message.MessageId));
  if (handled.length === 0) return;
  await sqs.send(
    new DeleteMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: handled.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
    }),
  );
}
