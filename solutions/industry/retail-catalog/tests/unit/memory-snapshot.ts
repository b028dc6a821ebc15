/** The snapshot store in memory, counting reads, writes and removals like the S3 adapter's requests. */
import type { SnapshotStore } from '../../src/domain/snapshot-store';

export class MemorySnapshotStore implements SnapshotStore {
  readonly objects = new Map<string, Uint8Array>();
  reads = 0;
  writes = 0;
  removals = 0;

  async read(key: string) {
    this.reads += 1;
    return this.objects.get(key);
  }

  async write(key: string, bytes: Uint8Array) {
    this.writes += 1;
    this.objects.set(key, bytes);
  }

  async remove(key: string) {
    this.removals += 1;
    this.objects.delete(key);
  }

  resetCounts() {
    this.reads = 0;
    this.writes = 0;
    this.removals = 0;
  }
}
