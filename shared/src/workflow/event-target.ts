/** Decides what a file event asks discovery to look at: its one key, or nothing and why. */
import { matchesSuffix } from '../s3';
import type { FileEvent } from './trigger';

/** The filters every discovered key passes, scheduled or event-driven (INPUT_PREFIX, SUFFIX_FILTER). */
export interface KeyFilters {
  prefix: string;
  /** Lower-case suffixes; empty keeps every key. */
  suffixes: readonly string[];
}

/** Look the key up through the access point, or skip the event with a reason for the manifest and the result. */
export type EventTarget = { action: 'head'; key: string } | { action: 'skip'; reason: string };

/**
 * A delete leaves nothing to process; a key outside INPUT_PREFIX or not matching SUFFIX_FILTER is skipped exactly
 * as a listing would skip it. A create, write or rename (its new key) is looked up.
 */
export function eventTarget(event: FileEvent, filters: KeyFilters): EventTarget {
  if (event.operation === 'delete') {
    return { action: 'skip', reason: `${event.key} was deleted (event ${event.eventId}): nothing to process` };
  }
  if (!event.key.startsWith(filters.prefix)) {
    return { action: 'skip', reason: `${event.key} is outside INPUT_PREFIX "${filters.prefix}"` };
  }
  if (!matchesSuffix(event.key, filters.suffixes)) {
    return { action: 'skip', reason: `${event.key} does not match SUFFIX_FILTER "${filters.suffixes.join(',')}"` };
  }
  return { action: 'head', key: event.key };
}

/** The reason of a scheduled listing, in the same words an event-driven run uses. */
export function listingReason(totalObjects: number, filters: KeyFilters): string {
  const where = `INPUT_PREFIX "${filters.prefix}"`;
  return totalObjects === 0
    ? `no object under ${where} matches SUFFIX_FILTER "${filters.suffixes.join(',')}"`
    : `scheduled listing of ${where}: ${totalObjects} objects`;
}
