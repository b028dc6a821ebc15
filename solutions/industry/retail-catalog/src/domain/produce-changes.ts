/**
 * The stream producer's run: list the access point page by page, read the state of exactly the listed keys, record
 * new and modified versions as pending, put their change events on the stream, then take one bounded reconciliation
 * step for deletions.
 */

import { toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { StreamPublishError } from '../errors';
import { detectChanges } from './change-detection';
import type { ChangeEvent } from './change-event';
import { ChangeType, objectOf } from './change-event';
import type { FileStateStore } from './file-state';
import { reconcileStep } from './reconcile';

/** Puts change events on the stream and returns those still rejected after retries. */
export interface EventPublisher {
  publish(events: readonly ChangeEvent[]): Promise<ChangeEvent[]>;
}

/** What the producer needs. */
export interface ProducerPorts {
  input: Pick<AccessPointClient, 'listPages' | 'head'>;
  state: FileStateStore;
  publisher: EventPublisher;
  now: Date;
}

/** Where and how much to look. */
export interface ProducerSettings {
  prefix: string;
  suffixes: readonly string[];
  /** State items one reconciliation step scans. */
  reconcileLimit: number;
}

/** What one run found and put. */
export interface ProducerSummary {
  listed: number;
  created: number;
  modified: number;
  deleted: number;
  published: number;
  failed: number;
  reconcile: { scanned: number; headChecks: number; passCompleted: boolean };
}

/** Events are put once this many are buffered (one full PutRecords request), and at the end of the run. */
export const PUBLISH_BUFFER = 500;

/**
 * Runs one producer tick. State items are written before their events are put, so a consumer never sees an event
 * newer than the table; events still rejected after retries mark their versions `emit_failed` for the next run, and
 * the run then fails with StreamPublishError.
 */
export async function produceChanges(ports: ProducerPorts, settings: ProducerSettings): Promise<ProducerSummary> {
  const summary: ProducerSummary = {
    listed: 0,
    created: 0,
    modified: 0,
    deleted: 0,
    published: 0,
    failed: 0,
    reconcile: { scanned: 0, headChecks: 0, passCompleted: false },
  };
  const listedKeys = new Set<string>();
  let buffer: ChangeEvent[] = [];
  const flush = async (events: ChangeEvent[]) => {
    if (events.length === 0) return;
    const failed = await ports.publisher.publish(events);
    summary.published += events.length - failed.length;
    summary.failed += failed.length;
    const retry = failed.filter((event) => event.eventType !== ChangeType.Deleted).map(objectOf);
    if (retry.length > 0) await ports.state.markEmitFailed(retry, ports.now);
  };
  for await (const page of ports.input.listPages({ prefix: settings.prefix, suffixes: settings.suffixes })) {
    const objects = page.map(toImageObject);
    for (const object of objects) listedKeys.add(object.key);
    summary.listed += objects.length;
    const stored = await ports.state.getMany(objects.map((object) => object.key));
    const detected = detectChanges(objects, stored, ports.now);
    if (detected.length === 0) continue;
    const recorded = new Set((await ports.state.markPending(detected.map(objectOf), ports.now)).map((o) => o.key));
    const events = detected.filter((event) => recorded.has(event.key));
    summary.created += events.filter((event) => event.eventType === ChangeType.Created).length;
    summary.modified += events.filter((event) => event.eventType === ChangeType.Modified).length;
    buffer.push(...events);
    if (buffer.length >= PUBLISH_BUFFER) {
      await flush(buffer);
      buffer = [];
    }
  }
  const step = await reconcileStep(listedKeys, ports, settings.reconcileLimit);
  summary.deleted = step.deletions.length;
  summary.reconcile = { scanned: step.scanned, headChecks: step.headChecks, passCompleted: step.passCompleted };
  await flush([...buffer, ...step.deletions]);
  if (summary.failed > 0) {
    throw new StreamPublishError(
      `${summary.failed} change events were rejected by the stream after retries; they are marked for the next run`,
    );
  }
  return summary;
}
