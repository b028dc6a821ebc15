import { ValidationError } from '../../../src/errors';
import { backoffDelayMs, batchItemFailures, parseKinesisEvent } from '../../../src/streaming';

const delivered = (data: string) => ({
  eventID: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
  eventSourceARN: 'arn:aws:kinesis:eu-west-1:111122223333:stream/s',
  kinesis: {
    data: Buffer.from(data).toString('base64'),
    partitionKey: 'products',
    sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
    approximateArrivalTimestamp: 1_700_000_000.5,
  },
});

describe('parseKinesisEvent', () => {
  it('decodes the data and keeps the identifiers', () => {
    // Act
    const [record] = parseKinesisEvent({ Records: [delivered('{"a":1}')] });

    // Assess
    expect(record?.data.toString('utf8')).toBe('{"a":1}');
    expect(record?.partitionKey).toBe('products');
    expect(record?.eventId).toMatch(/^shardId-/);
    expect(record?.approximateArrivalTimestamp).toBe(1_700_000_000.5);
  });

  it('rejects an event without Records', () => {
    // Act & Assess
    expect(() => parseKinesisEvent({})).toThrow(ValidationError);
    expect(() => parseKinesisEvent(null)).toThrow(ValidationError);
  });

  it('rejects a record without a sequence number', () => {
    // Prepare
    const record = delivered('x');
    const broken = { ...record, kinesis: { ...record.kinesis, sequenceNumber: '' } };

    // Act & Assess
    expect(() => parseKinesisEvent({ Records: [broken] })).toThrow(/sequenceNumber/);
  });

  it('rejects a record that is not an object or has no kinesis body', () => {
    // Act & Assess
    expect(() => parseKinesisEvent({ Records: [42] })).toThrow(/not an object/);
    expect(() => parseKinesisEvent({ Records: [{ eventID: 'x' }] })).toThrow(/no kinesis/);
  });
});

describe('batchItemFailures', () => {
  it('reports each sequence number as an item identifier', () => {
    // Act & Assess
    expect(batchItemFailures(['1', '2'])).toEqual({
      batchItemFailures: [{ itemIdentifier: '1' }, { itemIdentifier: '2' }],
    });
  });
});

describe('backoffDelayMs', () => {
  it('doubles the ceiling per retry up to the maximum', () => {
    // Prepare
    const options = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 };

    // Act & Assess
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, options))).toEqual([99, 199, 399, 799, 999]);
  });

  it('stays at zero with a zero random draw', () => {
    // Act & Assess
    expect(backoffDelayMs(4, { random: () => 0 })).toBe(0);
  });
});
