/** The dead-letter table port: failed stream records, kept with their error for investigation and replay. */

/** One failure of one stream record. */
export interface DeadLetterEntry {
  /** The record's eventID (`shardId-...:sequenceNumber`): every redelivery of the record updates one item. */
  recordId: string;
  /** The record as delivered: base64 data, partition key, sequence number, stream ARN, arrival time. */
  record: {
    data: string;
    partitionKey: string;
    sequenceNumber: string;
    eventSourceArn: string;
    approximateArrivalTimestamp: number;
  };
  fileKey?: string;
  errorName: string;
  errorMessage: string;
  stack?: string;
  /** True when retrying cannot help (malformed record): it is acknowledged at once. */
  permanent: boolean;
}

/** Writes dead-letter items. */
export interface DeadLetterStore {
  /** Records one failed attempt and returns how many attempts of this record have failed so far. */
  record(entry: DeadLetterEntry, now: Date): Promise<number>;
}
