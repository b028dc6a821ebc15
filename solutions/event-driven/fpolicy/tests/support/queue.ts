/** Drains an SQS queue through the real SDK client: every body, each message deleted once read. */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

export async function drainQueue(client: SQSClient, queueUrl: string, emptyPolls = 3): Promise<string[]> {
  const bodies: string[] = [];
  for (let empty = 0; empty < emptyPolls; ) {
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 300,
      }),
    );
    if (Messages.length === 0) {
      empty += 1;
      continue;
    }
    bodies.push(...Messages.map((message) => message.Body ?? ''));
    await client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
      }),
    );
  }
  return bodies;
}
