/**
 * The stream producer's run against the state table (used when no snapshot can be read): list the access point
 * page by page, read the state of exactly the listed keys, record new and modified versions as pending, put their
 * change events on the stream, then take one bounded reconciliation step (or a full pass) for deletions.
 */

import { toImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { StreamPublishError } from '../errors';
import { detectChanges } from './change-detection';
import { ChangeType, objectOf } from './change-event';
import { createEventBuffer } from './event-buffer';
import { emptySummary, type ProducerPorts, type ProducerSettings, type ProducerSummary } from './producer-types';
import { reconcileAll, reconcileStep } from './reconcile';

export { PUBLISH_BUFFER } from './event-buffer';
export type { EventPublisher, ProducerPorts, ProducerSettings, ProducerSummary } from './producer-types';

/** Throws StreamPublishError when some events were rejected after retries (they are marked for the next run). */
export function assertPublished(summary: ProducerSummary): void {
  if (summary.failed > 0) {
    throw new StreamPublishError(
      `${summary.failed} change events were rejected by the stream after retries; they are marked for the next run`,
    );
  }
}

/**
 * Runs one producer tick. State items are written before their events are put, so a consumer never sees an event
 * newer than the table; events still rejected after retries mark their versions `emit_failed` for the next run, and
 * the run then fails with StreamPublishError.
 */
export async function produceChanges(ports: ProducerPorts, settings: ProducerSettings): Promise<ProducerSummary> {
  const summary = emptySummary();
  const listedKeys = new Set<string>();
  const events = createEventBuffer(ports, summary);
  for await (const page of ports.input.listPages({ prefix: settings.prefix, suffixes: settings.suffixes })) {
    const objects = page.map(toImageObject);
    for (const object of objects) listedKeys.add(object.key);
    summary.listed += objects.length;
    await ports.onPage?.(objects);
    const stored = await ports.state.getMany(objects.map((object) => object.key));
    const detected = detectChanges(objects, stored, ports.now);
    if (detected.length === 0) continue;
    const recorded = new Set((await ports.state.markPending(detected.map(objectOf), ports.now)).map((o) => o.key));
    const accepted = detected.filter((event) => recorded.has(event.key));
    summary.created += accepted.filter((event) => event.eventType === ChangeType.Created).length;
    summary.modified += accepted.filter((event) => event.eventType === ChangeType.Modified).length;
    await events.push(accepted);
  }
  const step = settings.fullReconcile
    ? await reconcileAll(listedKeys, ports, settings.reconcileLimit)
    : await reconcileStep(listedKeys, ports, settings.reconcileLimit);
  summary.deleted = step.deletions.length;
  summary.reconcile = { scanned: step.scanned, headChecks: step.headChecks, passCompleted: step.passCompleted };
  await events.push(step.deletions);
  await events.flush();
  assertPublished(summary);
  return summary;
}
