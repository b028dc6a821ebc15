/**
 * Change detection as a merge of two key-sorted listings: the previous one (the snapshot) and the current one, read
 * page by page. Both sides are consumed in order, so memory holds one page and the snapshot entries not yet passed.
 */
import { SnapshotCorruptError, UnsortedListingError } from '../errors';
import { compareKeys } from './key-order';

/** One object of a listing as the snapshot keeps it. */
export interface SnapshotEntry {
  key: string;
  etag: string;
}

/** What changed between the two listings over the keys merged so far. */
export interface ListingDiff {
  created: SnapshotEntry[];
  /** The current entry (its new ETag). */
  modified: SnapshotEntry[];
  /** The previous entry (its last known ETag). */
  deleted: SnapshotEntry[];
}

const emptyDiff = (): ListingDiff => ({ created: [], modified: [], deleted: [] });

/**
 * Merges a previous listing (sorted, read in chunks such as snapshot shards) with the pages of the current one
 * (sorted); one instance per tick.
 */
export class ListingMerger {
  private head: SnapshotEntry | undefined;
  private chunk: readonly SnapshotEntry[] = [];
  private index = 0;
  private started = false;
  private lastCurrent: string | undefined;
  private lastPrevious: string | undefined;

  constructor(private readonly previous: AsyncIterator<readonly SnapshotEntry[]>) {}

  private async advance(): Promise<void> {
    while (this.index >= this.chunk.length) {
      const next = await this.previous.next();
      if (next.done) {
        this.head = undefined;
        return;
      }
      this.chunk = next.value;
      this.index = 0;
    }
    this.head = this.chunk[this.index];
    this.index += 1;
    if (this.head === undefined) return;
    if (this.lastPrevious !== undefined && compareKeys(this.lastPrevious, this.head.key) >= 0) {
      throw new SnapshotCorruptError(`snapshot keys out of order at ${JSON.stringify(this.head.key)}`);
    }
    this.lastPrevious = this.head.key;
  }

  /** The differences over the keys up to this page's last one; previous keys passed without a match are deleted. */
  async page(current: readonly SnapshotEntry[]): Promise<ListingDiff> {
    if (!this.started) {
      this.started = true;
      await this.advance();
    }
    const diff = emptyDiff();
    for (const entry of current) {
      if (this.lastCurrent !== undefined && compareKeys(this.lastCurrent, entry.key) >= 0) {
        throw new UnsortedListingError(`listing keys out of order at ${JSON.stringify(entry.key)}`);
      }
      this.lastCurrent = entry.key;
      while (this.head !== undefined && compareKeys(this.head.key, entry.key) < 0) {
        diff.deleted.push(this.head);
        await this.advance();
      }
      if (this.head === undefined || compareKeys(this.head.key, entry.key) > 0) {
        diff.created.push(entry);
        continue;
      }
      if (this.head.etag !== entry.etag) diff.modified.push(entry);
      await this.advance();
    }
    return diff;
  }

  /** The previous entries after the last listed key: deleted. */
  async finish(): Promise<SnapshotEntry[]> {
    const diff = await this.page([]);
    const deleted = diff.deleted;
    while (this.head !== undefined) {
      deleted.push(this.head);
      await this.advance();
    }
    return deleted;
  }
}

async function* once<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
  yield items;
}

/** The whole diff of two sorted listings, the current one given as pages (the merge the producer runs). */
export async function diffListings(
  previous: readonly SnapshotEntry[],
  pages: readonly (readonly SnapshotEntry[])[],
): Promise<ListingDiff> {
  const merger = new ListingMerger(once(previous));
  const total = emptyDiff();
  for (const page of pages) {
    const diff = await merger.page(page);
    total.created.push(...diff.created);
    total.modified.push(...diff.modified);
    total.deleted.push(...diff.deleted);
  }
  total.deleted.push(...(await merger.finish()));
  return total;
}
