/** The DynamoDB adapter of {@link FileStateStore}. */
import type { FileStateStore } from '../domain/file-state';
import { claimVersion, completeVersion, failVersion, isClaimedBy } from './state-claims';
import type { TableOptions } from './state-item';
import { getMany, markDeleted, markEmitFailed, markPending, readCursor, scanPage, writeCursor } from './state-tracking';

/** A {@link FileStateStore} on the table `tableName`; `onRead` counts BatchGetItem calls (benchmarks, metrics). */
export function createDynamoFileStateStore(options: TableOptions & { onRead?: () => void }): FileStateStore {
  const reads = { ...options, onRequest: options.onRead };
  return {
    getMany: (keys) => getMany(reads, keys),
    markPending: (objects, now) => markPending(options, objects, now),
    markEmitFailed: (objects, now) => markEmitFailed(options, objects, now),
    markDeleted: (key, etag, now) => markDeleted(options, key, etag, now),
    claim: (object, owner, now, leaseSeconds) => claimVersion(options, object, owner, now, leaseSeconds),
    isClaimedBy: (object, owner) => isClaimedBy(options, object, owner),
    complete: (object, owner, now) => completeVersion(options, object, owner, now),
    fail: (object, owner, now, error) => failVersion(options, object, owner, now, error),
    scanPage: (cursor, limit) => scanPage(options, cursor, limit),
    readCursor: () => readCursor(options),
    writeCursor: (cursor, now) => writeCursor(options, cursor, now),
  };
}
