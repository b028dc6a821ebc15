/**
 * The state table port: one item per file (`file_key`) holding the last seen version and its processing status. Both
 * paths consult it when streaming mode is on, so a version is processed once whichever path sees it first.
 */
import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';

/** Processing status of the version recorded in the item. */
export const FileStatus = {
  /** Detected by the producer; a change event is on the stream. */
  Pending: 'pending',
  /** Claimed by one path until `lease_expires_at`. */
  Processing: 'processing',
  Completed: 'completed',
  /** A processing attempt failed; the version may be claimed again. */
  Failed: 'failed',
  /** The producer could not put the change event; it tries again on its next run. */
  EmitFailed: 'emit_failed',
  /** The file no longer exists. */
  Deleted: 'deleted',
} as const;

/** One of {@link FileStatus}. */
export type FileStatusValue = (typeof FileStatus)[keyof typeof FileStatus];

/** What the table holds for one file. */
export interface StoredFileState {
  key: string;
  etag?: string;
  lastModified?: string;
  status?: FileStatusValue;
  claimedBy?: string;
  leaseExpiresAt?: string;
}

/** Why a claim was refused. */
export type SkipReason = 'duplicate' | 'stale' | 'in-progress' | 'deleted';

/** The result of {@link FileStateStore.claim}. */
export type ClaimResult = { claimed: true } | { claimed: false; reason: SkipReason };

/** A page of the reconciliation scan and where the next one starts (undefined: the pass is complete). */
export interface ScanPage {
  items: StoredFileState[];
  nextCursor?: string;
}

/** Reads and conditionally updates the state table. */
export interface FileStateStore {
  /** The items of exactly these keys (BatchGetItem, 100 keys per call); missing keys are absent. */
  getMany(keys: readonly string[]): Promise<Map<string, StoredFileState>>;
  /**
   * Records new or modified versions as pending (before their events are put) and returns those it recorded: a
   * version that another path already recorded meanwhile (same ETag) is left alone and needs no event.
   */
  markPending(objects: readonly ImageObject[], now: Date): Promise<ImageObject[]>;
  /** Records that these versions' events could not be put, so the next run emits them again. */
  markEmitFailed(objects: readonly ImageObject[], now: Date): Promise<void>;
  /** Records that the file is gone, unless a newer version has been recorded meanwhile. */
  markDeleted(key: string, etag: string | undefined, now: Date): Promise<void>;
  /**
   * Moves the version to `processing` for `owner` until `now + leaseSeconds`, only when the stored ETag is absent or
   * equal to this version's (or the stored version is older) and the version is not completed, deleted or claimed.
   */
  claim(object: ImageObject, owner: string, now: Date, leaseSeconds: number): Promise<ClaimResult>;
  /** True when `owner` holds the claim on this version. */
  isClaimedBy(object: ImageObject, owner: string): Promise<boolean>;
  /** Marks the version completed when `owner` still holds it; false when it was superseded meanwhile. */
  complete(object: ImageObject, owner: string, now: Date): Promise<boolean>;
  /** Marks the version failed (claimable again) when `owner` still holds it. */
  fail(object: ImageObject, owner: string, now: Date, error: string): Promise<void>;
  /** One bounded page of the reconciliation scan, from `cursor`. */
  scanPage(cursor: string | undefined, limit: number): Promise<ScanPage>;
  readCursor(): Promise<string | undefined>;
  writeCursor(cursor: string | undefined, now: Date): Promise<void>;
}
