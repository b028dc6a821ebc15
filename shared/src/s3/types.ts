import type { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { Env } from '../config';

/** One object of a listing, in the shape work items and manifests carry. */
export interface S3ObjectSummary {
  key: string;
  size: number;
  etag?: string;
  /** ISO 8601 timestamp. */
  lastModified?: string;
}

/** Filters and limits of a listing. */
export interface ListOptions {
  /** Key prefix; empty or missing lists the whole access point. */
  prefix?: string;
  /** Case-insensitive key suffixes (`.jpg`); empty or missing keeps every key. */
  suffixes?: readonly string[];
  /** Stop once this many matching objects were yielded; paging stops as soon as the cap is reached. */
  maxObjects?: number;
  /** `MaxKeys` of each ListObjectsV2 request (1-1000, default 1000). */
  pageSize?: number;
}

/** How {@link createAccessPointClient} reaches S3. */
export interface AccessPointClientOptions {
  /** Access point alias, access point ARN, or bucket name. */
  target: string;
  /** A ready client (tests, X-Ray captured clients); built from `clientConfig` otherwise. */
  client?: S3Client;
  clientConfig?: S3ClientConfig;
  /** Where `STORAGE_ROLE_ARN`/`STORAGE_ROLE_EXTERNAL_ID` are read from; `process.env` by default. */
  env?: Env;
}

/** What HeadObject says about an object. */
export interface ObjectHead {
  size: number;
  etag?: string;
  lastModified?: string;
  contentType?: string;
}

/** Limits of a read into memory. */
export interface ReadOptions {
  /** Largest object read into memory (default {@link DEFAULT_MAX_READ_BYTES}). */
  maxBytes?: number;
  /** Return an empty result for a zero-byte object instead of throwing EmptyObjectError. */
  allowEmpty?: boolean;
}

/** Options of a multipart upload. */
export interface UploadOptions {
  contentType: string;
  /** Part size, at least 5 MiB (default 100 MiB). */
  partSizeBytes?: number;
}

/** Reads and writes through one access point (or bucket); every S3 error is rethrown as a named error. */
export interface AccessPointClient {
  /** The value passed as `Bucket`. */
  readonly bucket: string;
  /** One filtered ListObjectsV2 page at a time. */
  listPages(options?: ListOptions): AsyncIterable<S3ObjectSummary[]>;
  /** One filtered object at a time. */
  listObjects(options?: ListOptions): AsyncIterable<S3ObjectSummary>;
  /** Every matching object in memory at once: use only when the caller needs them all. */
  listAll(options?: ListOptions): Promise<S3ObjectSummary[]>;
  head(key: string): Promise<ObjectHead>;
  getStream(key: string): Promise<Readable>;
  getBytes(key: string, options?: ReadOptions): Promise<Uint8Array>;
  getRange(key: string, start: number, endInclusive: number): Promise<Uint8Array>;
  /** UTF-8 text; invalid bytes become U+FFFD, never an exception. */
  getText(key: string, options?: ReadOptions): Promise<string>;
  putJson(key: string, value: unknown): Promise<void>;
  putText(key: string, text: string, contentType?: string): Promise<void>;
  putBytes(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Multipart upload for large outputs; a failed upload is aborted so no parts are left behind. */
  upload(key: string, body: Readable | Uint8Array, options: UploadOptions): Promise<void>;
}

/** Largest object read into memory unless the caller says otherwise: 100 MiB. */
export const DEFAULT_MAX_READ_BYTES = 100 * 1024 * 1024;
