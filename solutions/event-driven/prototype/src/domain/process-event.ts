/**
 * EventProcessor: resolves the object an `Object Created` event announces and runs the shared per-image processing
 * on it, exactly as the polling workflow would on the same version, timing the work for the latency report.
 */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import {
  type ImageObject,
  type ImagePorts,
  normalizeEtag,
  processImage,
  toImageObject,
} from '@fsxn-s3ap/shared/image-catalog';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { ObjectEventError } from '../errors';
import { filterMismatch } from './key-filter';
import { keyCandidates, type ObjectCreatedEvent } from './object-event';

/** What processing one event needs; `clock` stamps the start (which also dates the outputs) and the end. */
export interface EventPorts extends Omit<ImagePorts, 'now' | 'input'> {
  input: Pick<AccessPointClient, 'head' | 'getBytes' | 'getRange'>;
  clock: () => Date;
  inputBucket: string;
  prefix: string;
  suffixes: readonly string[];
}

/** What one event led to: small enough for the state payload. */
export interface ProcessingRecord {
  /** PROCESSED: the three results were written; SKIPPED: nothing to do, `reason` says why. */
  status: 'PROCESSED' | 'SKIPPED';
  reason?: string;
  eventId: string;
  bucket: string;
  key: string;
  etag?: string;
  size?: number;
  processingStartedAt: string;
  processingFinishedAt: string;
  outputKeys: string[];
  tagsStatus?: string;
  labels?: number;
  catalogSource?: string;
  qualityPassed?: boolean;
  qualityReasons?: string[];
}

/** The current version of the event's object (trying the URL-decoded key too); undefined when it is gone. */
async function currentVersion(event: ObjectCreatedEvent, ports: EventPorts): Promise<ImageObject | undefined> {
  for (const key of keyCandidates(event.key)) {
    try {
      const head = await ports.input.head(key);
      return toImageObject({ key, size: head.size, etag: head.etag, lastModified: head.lastModified });
    } catch (error) {
      if (!(error instanceof ObjectNotFoundError)) throw error;
    }
  }
  return undefined;
}

/** Runs the per-image processing for the object of `event`, or skips it with a reason. */
export async function processObjectEvent(event: ObjectCreatedEvent, ports: EventPorts): Promise<ProcessingRecord> {
  if (event.bucket !== ports.inputBucket)
    throw new ObjectEventError(`The event is for bucket ${event.bucket}; this stack handles ${ports.inputBucket}`);
  const started = ports.clock();
  const base = { eventId: event.id, bucket: event.bucket, key: event.key, outputKeys: [] as string[] };
  const skip = (reason: string, extra: Partial<ProcessingRecord> = {}): ProcessingRecord => ({
    status: 'SKIPPED',
    reason,
    ...base,
    ...extra,
    processingStartedAt: started.toISOString(),
    processingFinishedAt: ports.clock().toISOString(),
  });
  const mismatch = filterMismatch(event.key, ports.prefix, ports.suffixes);
  if (mismatch !== undefined) return skip(mismatch);
  const object = await currentVersion(event, ports);
  if (object === undefined) return skip('the object no longer exists (deleted after the event)');
  if (event.etag !== undefined && normalizeEtag(event.etag) !== object.etag) {
    // A newer version replaced it; that version has its own event and is processed there.
    return skip(`superseded: the event announced ETag ${event.etag}, the object now has ${object.etag}`, {
      key: object.key,
      etag: object.etag,
    });
  }
  const outcome = await processImage(object, { ...ports, now: started });
  return {
    status: 'PROCESSED',
    ...base,
    key: object.key,
    etag: object.etag,
    size: object.size,
    processingStartedAt: started.toISOString(),
    processingFinishedAt: ports.clock().toISOString(),
    outputKeys: outcome.outputKeys,
    ...(outcome.tags ? { tagsStatus: outcome.tags.status, labels: outcome.tags.labels.length } : {}),
    ...(outcome.catalog ? { catalogSource: outcome.catalog.source } : {}),
    ...(outcome.quality ? { qualityPassed: outcome.quality.passed, qualityReasons: outcome.quality.reasons } : {}),
  };
}
