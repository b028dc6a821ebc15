/**
 * DynamoDB consumed capacity as the service reports it: a middleware asks every command for
 * `ReturnConsumedCapacity: TOTAL` and sums the units it returns, read and write apart by operation.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Capacity units since the last reset. */
export interface CapacityCounter {
  readonly read: number;
  readonly write: number;
  reset(): void;
}

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

interface Units {
  CapacityUnits?: number;
}

interface CapacityStack {
  add(
    middleware: (
      next: (args: { input: Record<string, unknown> }) => Promise<{ output: { ConsumedCapacity?: Units | Units[] } }>,
      context: { commandName?: string },
    ) => (args: { input: Record<string, unknown> }) => Promise<unknown>,
    options: { step: 'initialize'; name: string },
  ): void;
}

/** Adds the capacity middleware to `client` (and so to document clients built on it). */
export function countCapacity(client: DynamoDBClient): CapacityCounter {
  const totals = { read: 0, write: 0 };
  (client.middlewareStack as unknown as CapacityStack).add(
    (next, context) => async (args) => {
      const result = await next({ ...args, input: { ...args.input, ReturnConsumedCapacity: 'TOTAL' } });
      const consumed = result.output.ConsumedCapacity;
      const units = [consumed ?? []].flat().reduce((sum, item) => sum + (item.CapacityUnits ?? 0), 0);
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      if (READS.has(operation)) totals.read += units;
      else totals.write += units;
      return result;
    },
    { step: 'initialize', name: 'benchCountCapacity' },
  );
  return {
    get read() {
      return totals.read;
    },
    get write() {
      return totals.write;
    },
    reset() {
      totals.read = 0;
      totals.write = 0;
    },
  };
}
