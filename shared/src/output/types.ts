import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { Env } from '../config';

/** Where outputs go: a regular bucket, or back to the FSx volume through an access point. */
export type OutputDestination = 'STANDARD_S3' | 'FSXN_S3AP';

/** Every {@link OutputDestination}, for validation. */
export const OUTPUT_DESTINATIONS: readonly OutputDestination[] = ['STANDARD_S3', 'FSXN_S3AP'];

/** Writes a pattern's results to the configured destination. */
export interface OutputWriter {
  readonly destination: OutputDestination;
  /** Bucket name or access point alias written to. */
  readonly bucket: string;
  /** Prefix put before every key: '' for STANDARD_S3, `OUTPUT_S3AP_PREFIX` for FSXN_S3AP. */
  readonly prefix: string;
  /** Writes compact JSON; returns the full key written (prefix + key). */
  putJson(key: string, value: unknown): Promise<string>;
  /** Writes text (`text/plain; charset=utf-8` by default); returns the full key written. */
  putText(key: string, text: string, contentType?: string): Promise<string>;
  /** Writes bytes; returns the full key written. */
  putBytes(key: string, body: Uint8Array, contentType: string): Promise<string>;
  /**
   * Streams a body of unknown length (a multipart upload in 5 MiB parts: memory stays bounded whatever the size);
   * returns the full key written.
   */
  putStream(key: string, body: AsyncIterable<Uint8Array | string>, contentType: string): Promise<string>;
  /** Reads JSON back; `key` is a full key as returned by the put methods. */
  getJson<T = unknown>(key: string): Promise<T>;
}

/** Options of {@link createOutputWriter}. */
export interface OutputWriterOptions {
  env?: Env;
  client?: S3Client;
  clientConfig?: S3ClientConfig;
}
