import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { EmptyObjectError, ObjectTooLargeError, ValidationError } from '../errors';
import { decodeUtf8, discardBody, readBody, toReadable } from './body';
import { callS3, type S3CallContext } from './errors';
import type { S3Target } from './target';
import { DEFAULT_MAX_READ_BYTES, type ObjectHead, type ReadOptions } from './types';

function where(target: S3Target, key: string): string {
  return `s3://${target.bucket}/${key}`;
}

function requireKey(key: string): string {
  if (typeof key !== 'string' || key === '') throw new ValidationError('An object key must be a non-empty string');
  return key;
}

/** Size, ETag, last modification and content type of an object. */
export async function headObject(client: S3Client, target: S3Target, key: string): Promise<ObjectHead> {
  const command = new HeadObjectCommand({ Bucket: target.bucket, Key: requireKey(key) });
  const head = await callS3({ operation: 'HeadObject', target, key }, () => client.send(command));
  const result: ObjectHead = { size: head.ContentLength ?? 0 };
  if (head.ETag !== undefined) result.etag = head.ETag;
  if (head.LastModified !== undefined) result.lastModified = head.LastModified.toISOString();
  if (head.ContentType !== undefined) result.contentType = head.ContentType;
  return result;
}

/** The object's content as a stream, for objects too large to hold in memory. */
export async function getObjectStream(client: S3Client, target: S3Target, key: string): Promise<Readable> {
  const command = new GetObjectCommand({ Bucket: target.bucket, Key: requireKey(key) });
  const response = await callS3({ operation: 'GetObject', target, key }, () => client.send(command));
  return toReadable(response.Body, where(target, key));
}

/**
 * The object's bytes. The announced ContentLength is checked before anything is buffered (ObjectTooLargeError),
 * and the running size while reading; a zero-byte object throws EmptyObjectError unless `allowEmpty`.
 */
export async function getObjectBytes(
  client: S3Client,
  target: S3Target,
  key: string,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_READ_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 0) {
    throw new ValidationError(`maxBytes must be a non-negative integer, got ${maxBytes}`);
  }
  const command = new GetObjectCommand({ Bucket: target.bucket, Key: requireKey(key) });
  const response = await callS3({ operation: 'GetObject', target, key }, () => client.send(command));
  const length = response.ContentLength;
  if (length !== undefined && length > maxBytes) {
    discardBody(response.Body);
    throw new ObjectTooLargeError(
      `${where(target, key)} is ${length} bytes, more than the ${maxBytes} bytes allowed in memory; ` +
        'read it with getStream or getRange',
    );
  }
  const bytes = length === 0 ? new Uint8Array(0) : await readBody(response.Body, maxBytes, where(target, key));
  if (length === 0) discardBody(response.Body);
  if (bytes.byteLength === 0 && options.allowEmpty !== true) {
    throw new EmptyObjectError(`${where(target, key)} is empty (0 bytes)`);
  }
  return bytes;
}

/** Bytes `start` to `endInclusive` of the object (HTTP `Range: bytes=start-end`). */
export async function getObjectRange(
  client: S3Client,
  target: S3Target,
  key: string,
  start: number,
  endInclusive: number,
): Promise<Uint8Array> {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(endInclusive) || start < 0 || start > endInclusive) {
    throw new ValidationError(
      `Invalid byte range ${start}-${endInclusive} for ${where(target, key)}: need integers 0 <= start <= end`,
    );
  }
  const context: S3CallContext = { operation: 'GetObject', target, key };
  const command = new GetObjectCommand({
    Bucket: target.bucket,
    Key: requireKey(key),
    Range: `bytes=${start}-${endInclusive}`,
  });
  const response = await callS3(context, () => client.send(command));
  return readBody(response.Body, endInclusive - start + 1, where(target, key));
}

/** The object as UTF-8 text; invalid bytes become U+FFFD instead of failing. */
export async function getObjectText(
  client: S3Client,
  target: S3Target,
  key: string,
  options: ReadOptions = {},
): Promise<string> {
  return decodeUtf8(await getObjectBytes(client, target, key, options));
}
