/** In-memory stand-ins of the ports, with the same semantics as the DynamoDB and S3 adapters. */
import { DemoImageLabeler, DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_QUALITY_RULES, type ImageObject, type ImagePorts } from '@fsxn-s3ap/shared/image-catalog';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { createMemoryAccessPoint } from '@fsxn-s3ap/shared/s3';
import type { DeadLetterEntry, DeadLetterStore } from '../../src/domain/dead-letter';
import { type ClaimResult, type FileStateStore, FileStatus, type StoredFileState } from '../../src/domain/file-state';

export const NOW = new Date('2025-03-04T05:06:07.000Z');

/** An input access point holding `files`, with ETags `"e-<key>-<length>"`, counting requests (`calls`). */
export const memoryInput = (files: Record<string, Uint8Array>) =>
  createMemoryAccessPoint(files, { lastModified: NOW.toISOString() });

/** Image ports over memory input and output with the deterministic Demo adapters. */
export function imagePorts(files: Record<string, Uint8Array>, overrides: Partial<ImagePorts> = {}) {
  const input = memoryInput(files);
  const output = createMemoryOutputWriter();
  const ports: ImagePorts = {
    input,
    output,
    labeler: new DemoImageLabeler(),
    textGenerator: new DemoTextGenerator(),
    now: NOW,
    settings: { minConfidence: 70, maxLabels: 20, quality: DEFAULT_QUALITY_RULES },
    ...overrides,
  };
  return { ports, input, output };
}

/** The version of `key` as the memory input lists it. */
export function objectOf(input: ReturnType<typeof memoryInput>, key: string): ImageObject {
  const bytes = input.files[key] ?? new Uint8Array();
  return { key, size: bytes.length, etag: `e-${key}-${bytes.length}`, lastModified: NOW.toISOString() };
}

type Item = StoredFileState & { size?: number };

/** The state table in memory, applying the adapter's conditions. */
export class MemoryFileState implements FileStateStore {
  readonly items = new Map<string, Item>();
  cursor: string | undefined;
  reads = 0;

  async getMany(keys: readonly string[]) {
    this.reads += Math.ceil(new Set(keys).size / 100);
    return new Map(
      keys.flatMap((key) => (this.items.has(key) ? [[key, { ...this.items.get(key)! }]] : [])) as [string, Item][],
    );
  }

  async markPending(objects: readonly ImageObject[]) {
    return objects.filter((object) => {
      const item = this.items.get(object.key);
      const ok = !item?.etag || item.etag !== object.etag || item.status === 'deleted' || item.status === 'emit_failed';
      if (ok)
        this.items.set(object.key, {
          key: object.key,
          etag: object.etag,
          lastModified: object.lastModified,
          status: 'pending',
        });
      return ok;
    });
  }

  async markEmitFailed(objects: readonly ImageObject[]) {
    for (const object of objects) {
      const item = this.items.get(object.key);
      if (item?.etag === object.etag && item.status === 'pending') item.status = 'emit_failed';
    }
  }

  async markDeleted(key: string, etag: string | undefined) {
    const item = this.items.get(key);
    if (item && (etag === undefined || item.etag === etag)) {
      item.status = 'deleted';
      delete item.claimedBy;
    }
  }

  async claim(object: ImageObject, owner: string, now: Date, leaseSeconds: number): Promise<ClaimResult> {
    const item = this.items.get(object.key);
    const claimable =
      item?.etag === undefined ||
      (item.lastModified ?? '') < object.lastModified ||
      (item.etag === object.etag &&
        (item.status === undefined ||
          ['pending', 'failed', 'emit_failed'].includes(item.status) ||
          (item.status === 'processing' && (item.leaseExpiresAt ?? '') < now.toISOString())));
    if (claimable) {
      const lease = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
      this.items.set(object.key, {
        key: object.key,
        etag: object.etag,
        lastModified: object.lastModified,
        status: 'processing',
        claimedBy: owner,
        leaseExpiresAt: lease,
      });
      return { claimed: true };
    }
    if (item?.status === 'deleted') return { claimed: false, reason: 'deleted' };
    if (item?.etag !== object.etag) return { claimed: false, reason: 'stale' };
    return { claimed: false, reason: item.status === 'completed' ? 'duplicate' : 'in-progress' };
  }

  async isClaimedBy(object: ImageObject, owner: string) {
    const item = this.items.get(object.key);
    return item?.etag === object.etag && item.status === 'processing' && item.claimedBy === owner;
  }

  async complete(object: ImageObject, owner: string) {
    if (!(await this.isClaimedBy(object, owner))) return false;
    const item = this.items.get(object.key)!;
    item.status = FileStatus.Completed;
    delete item.leaseExpiresAt;
    return true;
  }

  async fail(object: ImageObject, owner: string) {
    if (await this.isClaimedBy(object, owner)) this.items.get(object.key)!.status = FileStatus.Failed;
  }

  async scanPage(cursor: string | undefined, limit: number) {
    const keys = [...this.items.keys()].sort();
    const start = cursor === undefined ? 0 : keys.indexOf(cursor) + 1;
    const page = keys.slice(start, start + limit);
    const last = page[page.length - 1];
    const more = start + limit < keys.length;
    return { items: page.map((key) => ({ ...this.items.get(key)! })), ...(more && last ? { nextCursor: last } : {}) };
  }

  async readCursor() {
    return this.cursor;
  }

  async writeCursor(cursor: string | undefined) {
    this.cursor = cursor;
  }
}

/** Dead letters in memory, counting attempts per record id. */
export class MemoryDeadLetters implements DeadLetterStore {
  readonly entries = new Map<string, { entry: DeadLetterEntry; attempts: number }>();

  async record(entry: DeadLetterEntry): Promise<number> {
    const attempts = (this.entries.get(entry.recordId)?.attempts ?? 0) + 1;
    this.entries.set(entry.recordId, { entry, attempts });
    return attempts;
  }
}

/** An in-memory output writer (prefix `out/`), as the functions' OutputWriter would behave. */
export const memoryOutput = () => createMemoryOutputWriter();
