/** The change event the producer puts on the stream, its encoding and its strict parsing. */

import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { ChangeEventError } from '../errors';

/** Kinds of change the producer detects. */
export const ChangeType = { Created: 'CREATED', Modified: 'MODIFIED', Deleted: 'DELETED' } as const;

/** One of {@link ChangeType}. */
export type ChangeTypeValue = (typeof ChangeType)[keyof typeof ChangeType];

/** One change of one file. For DELETED, `etag`/`lastModified`/`size` are the last known version's. */
export interface ChangeEvent {
  schemaVersion: 1;
  eventType: ChangeTypeValue;
  key: string;
  etag: string;
  lastModified: string;
  size: number;
  detectedAt: string;
}

/** The event of a new or modified version. */
export function changeEventFor(object: ImageObject, eventType: ChangeTypeValue, now: Date): ChangeEvent {
  return { schemaVersion: 1, eventType, ...object, detectedAt: now.toISOString() };
}

/** The version an event refers to. */
export function objectOf(event: ChangeEvent): ImageObject {
  return { key: event.key, size: event.size, etag: event.etag, lastModified: event.lastModified };
}

/** The event as stream record data (UTF-8 JSON). */
export function encodeChangeEvent(event: ChangeEvent): Buffer {
  return Buffer.from(JSON.stringify(event), 'utf8');
}

/** Parses record data into a {@link ChangeEvent}; anything else throws ChangeEventError naming the problem. */
export function parseChangeEvent(data: Uint8Array): ChangeEvent {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch (error) {
    throw new ChangeEventError('The record data is not JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ChangeEventError('The record data is not a JSON object');
  }
  const event = value as Record<string, unknown>;
  if (event.schemaVersion !== 1) throw new ChangeEventError(`Unknown schemaVersion ${String(event.schemaVersion)}`);
  if (!Object.values(ChangeType).includes(event.eventType as ChangeTypeValue)) {
    throw new ChangeEventError(`Unknown eventType ${String(event.eventType)}`);
  }
  for (const name of ['key', 'etag', 'detectedAt'] as const) {
    if (typeof event[name] !== 'string' || event[name] === '')
      throw new ChangeEventError(`${name} must be a non-empty string`);
  }
  if (typeof event.lastModified !== 'string') throw new ChangeEventError('lastModified must be a string');
  if (!Number.isSafeInteger(event.size) || (event.size as number) < 0) {
    throw new ChangeEventError('size must be a non-negative integer');
  }
  return {
    schemaVersion: 1,
    eventType: event.eventType as ChangeTypeValue,
    key: event.key as string,
    etag: event.etag as string,
    lastModified: event.lastModified,
    size: event.size as number,
    detectedAt: event.detectedAt as string,
  };
}
