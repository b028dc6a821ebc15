import type { Readable } from 'node:stream';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ValidationError } from '../errors';
import { callS3 } from './errors';
import type { S3Target } from './target';
import type { UploadOptions } from './types';

/** Default multipart part size: 100 MiB. */
export const DEFAULT_PART_SIZE_BYTES = 100 * 1024 * 1024;
/** Smallest part size S3 accepts: 5 MiB. */
export const MIN_PART_SIZE_BYTES = 5 * 1024 * 1024;
/** Content type of {@link putText} unless told otherwise. */
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

function requireKey(key: string): string {
  if (typeof key !== 'string' || key === '') throw new ValidationError('An object key must be a non-empty string');
  return key;
}

/**
 * Writes one object with PutObject. No conditional headers: access points reject `If-None-Match`.
 */
export async function putObject(
  client: S3Client,
  target: S3Target,
  key: string,
  body: Uint8Array | string,
  contentType: string,
): Promise<void> {
  const command = new PutObjectCommand({
    Bucket: target.bucket,
    Key: requireKey(key),
    Body: body,
    ContentType: contentType,
  });
  await callS3({ operation: 'PutObject', target, key }, () => client.send(command));
}

/** Writes `value` as compact JSON (`application/json`); ValidationError when it has no JSON form. */
export async function putJsonObject(client: S3Client, target: S3Target, key: string, value: unknown): Promise<void> {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new ValidationError(`Cannot write ${key} as JSON: the value has no JSON form`);
  await putObject(client, target, key, json, 'application/json');
}

/**
 * Multipart upload through lib-storage (parts of `partSizeBytes`, at least 5 MiB, default 100 MiB). On failure
 * lib-storage aborts the multipart upload, so no orphaned parts stay billed. Never uses UploadPartCopy, which
 * access points reject.
 */
export async function uploadObject(
  client: S3Client,
  target: S3Target,
  key: string,
  body: Readable | Uint8Array,
  options: UploadOptions,
): Promise<void> {
  const partSize = options.partSizeBytes ?? DEFAULT_PART_SIZE_BYTES;
  if (!Number.isInteger(partSize) || partSize < MIN_PART_SIZE_BYTES) {
    throw new ValidationError(`partSizeBytes must be an integer >= ${MIN_PART_SIZE_BYTES} (5 MiB), got ${partSize}`);
  }
  const upload = new Upload({
    client,
    params: { Bucket: target.bucket, Key: requireKey(key), Body: body, ContentType: options.contentType },
    partSize,
    queueSize: 4,
    leavePartsOnError: false,
  });
  await callS3({ operation: 'Upload', target, key }, () => upload.done());
}
