import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { putRecordsWithRetry, type RecordResult, type StreamRecord } from '../../../src/streaming';

const record = (partitionKey: string): StreamRecord => ({ partitionKey, data: Buffer.from(partitionKey) });
const noWait = async (): Promise<void> => undefined;

describe('putRecordsWithRetry', () => {
  it('retries only the failed records', async () => {
    // Prepare
    const sent: string[][] = [];
    const send = async (batch: readonly StreamRecord[]): Promise<RecordResult[]> => {
      sent.push(batch.map((entry) => entry.partitionKey));
      return batch.map(
        (entry): RecordResult =>
          sent.length === 1 && entry.partitionKey === 'b'
            ? { ok: false, errorCode: 'ProvisionedThroughputExceededException' }
            : { ok: true },
      );
    };

    // Act
    const summary = await putRecordsWithRetry([record('a'), record('b'), record('c')], send, { sleep: noWait });

    // Assess
    expect(sent).toEqual([['a', 'b', 'c'], ['b']]);
    expect(summary).toEqual({ succeeded: 3, requests: 2, failed: [] });
  });

  it('backs off between attempts', async () => {
    // Prepare
    const waits: number[] = [];
    const send = async (batch: readonly StreamRecord[]): Promise<RecordResult[]> =>
      batch.map(() => ({ ok: false, errorCode: 'InternalFailure' }));

    // Act
    await putRecordsWithRetry([record('a')], send, {
      maxAttempts: 3,
      baseDelayMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    // Assess
    expect(waits).toEqual([50, 100]);
  });

  it('returns the records still rejected after the last attempt with their error', async () => {
    // Prepare
    const send = async (batch: readonly StreamRecord[]): Promise<RecordResult[]> =>
      batch.map(
        (entry): RecordResult =>
          entry.partitionKey === 'x' ? { ok: false, errorCode: 'InternalFailure', errorMessage: 'boom' } : { ok: true },
      );

    // Act
    const summary = await putRecordsWithRetry([record('x'), record('y')], send, { maxAttempts: 2, sleep: noWait });

    // Assess
    expect(summary.succeeded).toBe(1);
    expect(summary.requests).toBe(2);
    expect(summary.failed).toEqual([{ record: record('x'), errorCode: 'InternalFailure', errorMessage: 'boom' }]);
  });

  it('lets an error of the sender propagate', async () => {
    // Prepare
    const send = async (): Promise<RecordResult[]> => {
      throw new Error('AccessDenied');
    };

    // Act & Assess
    await expect(putRecordsWithRetry([record('a')], send, { sleep: noWait })).rejects.toThrow('AccessDenied');
  });

  it('rejects an answer with the wrong number of results', async () => {
    // Prepare
    const send = async (): Promise<RecordResult[]> => [];

    // Act & Assess
    await expect(putRecordsWithRetry([record('a')], send, { sleep: noWait })).rejects.toThrow(ValidationError);
  });

  it('rejects a non-positive attempt count', async () => {
    // Act & Assess
    await expect(putRecordsWithRetry([], async () => [], { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
  });

  it('delivers every record exactly once whatever the stream rejects (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { maxLength: 120 }),
        fc.integer({ min: 1, max: 1000 }),
        async (flaky, seed) => {
          // Prepare: each record is rejected on its first attempt when its flag is set.
          const records = flaky.map((_, index) => record(`k${index}-${seed}`));
          const delivered: string[] = [];
          const attempts = new Map<string, number>();
          const send = async (batch: readonly StreamRecord[]): Promise<RecordResult[]> =>
            batch.map((entry): RecordResult => {
              const count = (attempts.get(entry.partitionKey) ?? 0) + 1;
              attempts.set(entry.partitionKey, count);
              const index = Number(entry.partitionKey.slice(1).split('-')[0]);
              if (flaky[index] === true && count === 1)
                return { ok: false, errorCode: 'ProvisionedThroughputExceededException' };
              delivered.push(entry.partitionKey);
              return { ok: true };
            });

          // Act
          const summary = await putRecordsWithRetry(records, send, { maxRecords: 7, sleep: noWait });

          // Assess
          expect(summary.failed).toEqual([]);
          expect(summary.succeeded).toBe(records.length);
          expect([...delivered].sort()).toEqual(records.map((entry) => entry.partitionKey).sort());
        },
      ),
    );
  });
});
