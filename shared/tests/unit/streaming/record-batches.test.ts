import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import {
  batchRecords,
  checkRecord,
  MAX_BYTES_PER_RECORD,
  recordSizeBytes,
  type StreamRecord,
} from '../../../src/streaming';

const record = (partitionKey: string, size: number): StreamRecord => ({ partitionKey, data: new Uint8Array(size) });

const recordArb = fc.record({
  partitionKey: fc.string({ minLength: 1, maxLength: 12 }),
  data: fc.uint8Array({ maxLength: 60 }),
});

describe('batchRecords', () => {
  it('splits 1,001 records into 500, 500 and 1', () => {
    // Prepare
    const records = Array.from({ length: 1001 }, (_, index) => record(`p${index}`, 10));

    // Act
    const batches = batchRecords(records);

    // Assess
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 1]);
  });

  it('starts a new batch before the byte limit is exceeded', () => {
    // Prepare
    const records = [record('a', 99), record('b', 99), record('c', 99)];

    // Act
    const batches = batchRecords(records, { maxBytes: 250 });

    // Assess
    expect(batches.map((batch) => batch.map((entry) => entry.partitionKey))).toEqual([['a', 'b'], ['c']]);
  });

  it('returns no batch for no record', () => {
    // Act & Assess
    expect(batchRecords([])).toEqual([]);
  });

  it('rejects a record larger than the byte limit on its own', () => {
    // Act & Assess
    expect(() => batchRecords([record('a', 300)], { maxBytes: 100 })).toThrow(ValidationError);
  });

  it('rejects limits outside what Kinesis allows', () => {
    // Act & Assess
    expect(() => batchRecords([], { maxRecords: 501 })).toThrow(/maxRecords/);
    expect(() => batchRecords([], { maxRecords: 0 })).toThrow(/maxRecords/);
    expect(() => batchRecords([], { maxBytes: 6 * 1024 * 1024 })).toThrow(/maxBytes/);
  });

  it('preserves count, content and order and respects both limits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 80, max: 2000 }),
        (records, maxRecords, maxBytes) => {
          // Act
          const batches = batchRecords(records, { maxRecords, maxBytes });

          // Assess
          expect(batches.flat()).toEqual(records);
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(maxRecords);
            expect(batch.reduce((sum, entry) => sum + recordSizeBytes(entry), 0)).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
    );
  });
});

describe('checkRecord', () => {
  it('counts the partition key in UTF-8 bytes', () => {
    // Act & Assess
    expect(recordSizeBytes(record('é', 3))).toBe(5);
  });

  it('rejects an empty partition key', () => {
    // Act & Assess
    expect(() => checkRecord(record('', 1))).toThrow(/Partition key/);
  });

  it('rejects a partition key over 256 characters', () => {
    // Act & Assess
    expect(() => checkRecord(record('k'.repeat(257), 1))).toThrow(/Partition key/);
  });

  it('rejects a record over 1 MiB with its partition key', () => {
    // Act & Assess
    expect(() => checkRecord(record('key', MAX_BYTES_PER_RECORD - 2))).toThrow(/1048576/);
  });

  it('accepts a record of exactly 1 MiB with its partition key', () => {
    // Act & Assess
    expect(() => checkRecord(record('key', MAX_BYTES_PER_RECORD - 3))).not.toThrow();
  });
});
