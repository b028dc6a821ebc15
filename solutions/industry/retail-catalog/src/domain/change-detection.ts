/** Which listed versions are new or modified compared with the state table. */

import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import { type ChangeEvent, ChangeType, changeEventFor } from './change-event';
import { FileStatus, type StoredFileState } from './file-state';

/**
 * The change events of one listing page: CREATED when the table has no item for the key (or records it deleted),
 * MODIFIED when the stored ETag differs, and MODIFIED again for a version whose event could not be put last run.
 * Unchanged versions produce nothing.
 */
export function detectChanges(
  listed: readonly ImageObject[],
  stored: ReadonlyMap<string, StoredFileState>,
  now: Date,
): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  for (const object of listed) {
    const item = stored.get(object.key);
    if (item === undefined || item.status === FileStatus.Deleted) {
      events.push(changeEventFor(object, ChangeType.Created, now));
    } else if (item.etag !== object.etag || item.status === FileStatus.EmitFailed) {
      events.push(changeEventFor(object, ChangeType.Modified, now));
    }
  }
  return events;
}
