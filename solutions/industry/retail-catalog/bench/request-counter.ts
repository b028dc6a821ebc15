/**
 * Counting the requests SDK clients really send, with a middleware on each client: commands as the code issued them,
 * and HTTP attempts (retries included) as they reached the emulator.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { S3Client } from '@aws-sdk/client-s3';

/** Calls per operation name (`ListObjectsV2`, `BatchGetItem`, `PutRecords`, ...). */
export type OperationCounts = Record<string, number>;

/** What the counted clients sent since the last {@link RequestCounter.reset}. */
export interface RequestCounter {
  /** Commands per operation, one per `send` whatever the retries. */
  readonly commands: OperationCounts;
  /** HTTP attempts per operation, SDK retries included. */
  readonly attempts: OperationCounts;
  reset(): void;
}

type CountedClient = S3Client | DynamoDBClient | KinesisClient;

interface Context {
  commandName?: string;
}

/** The step and handler shape shared by the three clients' middleware stacks. */
interface CountingStack {
  add(
    middleware: (next: (args: unknown) => Promise<unknown>, context: Context) => (args: unknown) => Promise<unknown>,
    options: { step: 'initialize' | 'deserialize'; name: string },
  ): void;
}

function operationOf(context: Context): string {
  return (context.commandName ?? 'unknown').replace(/Command$/, '');
}

function increment(counts: OperationCounts, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

/**
 * Adds counting middleware to `clients`: the `initialize` step runs once per command, the `deserialize` step once
 * per HTTP attempt (it sits inside the retry loop). A DynamoDB document client built on a counted client shares its
 * stack, so its commands are counted under the low-level operation names.
 */
export function countRequests(clients: readonly CountedClient[]): RequestCounter {
  const counter = {
    commands: {} as OperationCounts,
    attempts: {} as OperationCounts,
    reset() {
      for (const counts of [counter.commands, counter.attempts]) {
        for (const name of Object.keys(counts)) delete counts[name];
      }
    },
  };
  for (const client of clients) {
    const stack: CountingStack = client.middlewareStack as CountingStack;
    stack.add(
      (next, context) => async (args) => {
        increment(counter.commands, operationOf(context));
        return next(args);
      },
      { step: 'initialize', name: 'benchCountCommands' },
    );
    stack.add(
      (next, context) => async (args) => {
        increment(counter.attempts, operationOf(context));
        return next(args);
      },
      { step: 'deserialize', name: 'benchCountAttempts' },
    );
  }
  return counter;
}

/** The counts summed over every operation. */
export function totalOf(counts: OperationCounts): number {
  return Object.values(counts).reduce((sum, value) => sum + value, 0);
}
