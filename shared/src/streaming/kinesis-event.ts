/** Decoding the Kinesis event a Lambda event source mapping delivers, and the partial batch response it expects. */
import { ValidationError } from '../errors';

/** One delivered record, decoded. */
export interface DeliveredRecord {
  /** `shardId-xxx:sequenceNumber`, unique per record and stable across redeliveries. */
  eventId: string;
  sequenceNumber: string;
  partitionKey: string;
  /** The record's data, base64-decoded. */
  data: Buffer;
  /** The record's data as delivered (base64), kept for dead-letter records. */
  rawData: string;
  eventSourceArn: string;
  /** When Kinesis received the record (epoch seconds). */
  approximateArrivalTimestamp: number;
}

/** The partial batch response of a mapping with `FunctionResponseTypes: [ReportBatchItemFailures]`. */
export interface BatchItemFailuresResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

function field(record: Record<string, unknown>, name: string, index: number): string {
  const value = record[name];
  if (typeof value !== 'string' || value === '') {
    throw new ValidationError(`Records[${index}] has no ${name}: not a Kinesis event source mapping event`);
  }
  return value;
}

/**
 * Decodes a Kinesis event (`{ Records: [{ eventID, eventSourceARN, kinesis: { data, partitionKey, sequenceNumber,
 * approximateArrivalTimestamp } }] }`). A payload of another shape is a wiring mistake: ValidationError. The record
 * data itself is not interpreted here.
 */
export function parseKinesisEvent(event: unknown): DeliveredRecord[] {
  const records = (event as { Records?: unknown } | null)?.Records;
  if (!Array.isArray(records)) throw new ValidationError('A Kinesis event needs a Records array');
  return records.map((entry: unknown, index): DeliveredRecord => {
    if (typeof entry !== 'object' || entry === null) throw new ValidationError(`Records[${index}] is not an object`);
    const record = entry as Record<string, unknown>;
    const kinesis = record.kinesis;
    if (typeof kinesis !== 'object' || kinesis === null) throw new ValidationError(`Records[${index}] has no kinesis`);
    const body = kinesis as Record<string, unknown>;
    const rawData = typeof body.data === 'string' ? body.data : '';
    const arrival = Number(body.approximateArrivalTimestamp ?? 0);
    return {
      eventId: field(record, 'eventID', index),
      sequenceNumber: field(body, 'sequenceNumber', index),
      partitionKey: field(body, 'partitionKey', index),
      data: Buffer.from(rawData, 'base64'),
      rawData,
      eventSourceArn: typeof record.eventSourceARN === 'string' ? record.eventSourceARN : '',
      approximateArrivalTimestamp: Number.isFinite(arrival) ? arrival : 0,
    };
  });
}

/** The response reporting `sequenceNumbers` as failed (Lambda retries from the lowest one). */
export function batchItemFailures(sequenceNumbers: readonly string[]): BatchItemFailuresResponse {
  return { batchItemFailures: sequenceNumbers.map((itemIdentifier) => ({ itemIdentifier })) };
}
