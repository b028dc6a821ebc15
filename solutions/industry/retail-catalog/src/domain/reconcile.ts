/**
 * Deletion detection without a full scan per run: each producer run reads one bounded page of the state table from a
 * stored cursor, and checks only the scanned keys the listing did not return (HeadObject). A full pass over N items
 * takes ceil(N / limit) runs; each run costs at most one Scan page of `limit` items and `limit` HeadObject calls.
 */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { type ChangeEvent, ChangeType } from './change-event';
import { type FileStateStore, FileStatus, type StoredFileState } from './file-state';

/** What one reconciliation step did. */
export interface ReconcileSummary {
  scanned: number;
  /** Keys checked with HeadObject (scanned, not deleted, not in this run's listing). */
  headChecks: number;
  deletions: ChangeEvent[];
  /** True when this step finished a full pass (the cursor starts over). */
  passCompleted: boolean;
}

async function exists(input: Pick<AccessPointClient, 'head'>, key: string): Promise<boolean> {
  try {
    await input.head(key);
    return true;
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return false;
    throw error;
  }
}

/** The DELETED event of a file last seen with `etag`. */
export function deletionEvent(key: string, etag: string | undefined, lastModified: string | undefined, now: Date) {
  const event: ChangeEvent = {
    schemaVersion: 1,
    eventType: ChangeType.Deleted,
    key,
    etag: etag ?? 'unknown',
    lastModified: lastModified ?? '',
    size: 0,
    detectedAt: now.toISOString(),
  };
  return event;
}

type ReconcilePorts = { input: Pick<AccessPointClient, 'head'>; state: FileStateStore; now: Date };

async function checkItems(items: readonly StoredFileState[], listedKeys: ReadonlySet<string>, ports: ReconcilePorts) {
  const deletions: ChangeEvent[] = [];
  let headChecks = 0;
  for (const item of items) {
    if (item.status === FileStatus.Deleted || listedKeys.has(item.key)) continue;
    headChecks += 1;
    if (await exists(ports.input, item.key)) continue;
    await ports.state.markDeleted(item.key, item.etag, ports.now);
    deletions.push(deletionEvent(item.key, item.etag, item.lastModified, ports.now));
  }
  return { deletions, headChecks };
}

/** One bounded reconciliation step: finds deleted files among `limit` state items and marks them deleted. */
export async function reconcileStep(
  listedKeys: ReadonlySet<string>,
  ports: ReconcilePorts,
  limit: number,
): Promise<ReconcileSummary> {
  const page = await ports.state.scanPage(await ports.state.readCursor(), limit);
  const { deletions, headChecks } = await checkItems(page.items, listedKeys, ports);
  await ports.state.writeCursor(page.nextCursor, ports.now);
  return { scanned: page.items.length, headChecks, deletions, passCompleted: page.nextCursor === undefined };
}

/** A full pass over the state table, `limit` items per page (a snapshot rebuild); the stored cursor is untouched. */
export async function reconcileAll(
  listedKeys: ReadonlySet<string>,
  ports: ReconcilePorts,
  limit: number,
): Promise<ReconcileSummary> {
  const summary: ReconcileSummary = { scanned: 0, headChecks: 0, deletions: [], passCompleted: true };
  let cursor: string | undefined;
  do {
    const page = await ports.state.scanPage(cursor, limit);
    const found = await checkItems(page.items, listedKeys, ports);
    summary.scanned += page.items.length;
    summary.headChecks += found.headChecks;
    summary.deletions.push(...found.deletions);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return summary;
}
