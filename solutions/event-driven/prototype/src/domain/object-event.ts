/**
 * The S3 `Object Created` event EventBridge delivers (source `aws.s3`), reduced to what processing needs. A wrong
 * shape throws ObjectEventError naming the field.
 */
import { ObjectEventError } from '../errors';

/** The reasons S3 sends `Object Created` for that this pattern handles (a copy is not a new upload). */
export const HANDLED_REASONS = ['PutObject', 'CompleteMultipartUpload'] as const;

/** One `Object Created` event. */
export interface ObjectCreatedEvent {
  /** The EventBridge event id. */
  id: string;
  /** When S3 recorded the change (EventBridge `time`, ISO 8601; whole seconds on AWS). */
  time: string;
  bucket: string;
  /** The object key exactly as the event carries it. */
  key: string;
  size?: number;
  /** The ETag of the version the event announces, without quotes. */
  etag?: string;
  reason: string;
}

type Json = Record<string, unknown>;

function objectAt(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ObjectEventError(`${where} must be an object, got ${JSON.stringify(value) ?? 'undefined'}`);
  return value as Json;
}

function stringAt(parent: Json, field: string, where: string): string {
  const value = parent[field];
  if (typeof value !== 'string' || value === '')
    throw new ObjectEventError(`${where}.${field} must be a non-empty string`);
  return value;
}

/** Parses an EventBridge event; ObjectEventError when it is not an S3 Object Created event of a handled reason. */
export function parseObjectCreatedEvent(value: unknown): ObjectCreatedEvent {
  const event = objectAt(value, 'event');
  const source = event.source;
  const type = event['detail-type'];
  if (source !== 'aws.s3' || type !== 'Object Created')
    throw new ObjectEventError(`event is ${String(source)} "${String(type)}", not aws.s3 "Object Created"`);
  const time = stringAt(event, 'time', 'event');
  if (Number.isNaN(Date.parse(time))) throw new ObjectEventError(`event.time "${time}" is not an ISO 8601 time`);
  const detail = objectAt(event.detail, 'event.detail');
  const reason = stringAt(detail, 'reason', 'event.detail');
  if (!(HANDLED_REASONS as readonly string[]).includes(reason))
    throw new ObjectEventError(`event.detail.reason ${reason} is not one of ${HANDLED_REASONS.join(', ')}`);
  const object = objectAt(detail.object, 'event.detail.object');
  const size = object.size;
  if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 0))
    throw new ObjectEventError('event.detail.object.size must be a non-negative integer');
  const etag = typeof object.etag === 'string' && object.etag !== '' ? object.etag.replace(/^"+|"+$/g, '') : undefined;
  return {
    id: stringAt(event, 'id', 'event'),
    time: new Date(time).toISOString(),
    bucket: stringAt(objectAt(detail.bucket, 'event.detail.bucket'), 'name', 'event.detail.bucket'),
    key: stringAt(object, 'key', 'event.detail.object'),
    ...(size === undefined ? {} : { size }),
    ...(etag === undefined ? {} : { etag }),
    reason,
  };
}

/**
 * The keys to try for an event key: the key itself, then its URL-decoded form when that differs (S3 notification
 * payloads URL-encode keys, `+` for a space; EventBridge payloads may not), so both encodings find the object.
 */
export function keyCandidates(key: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return [key];
  }
  return decoded === key ? [key] : [key, decoded];
}
