/** In-memory stand-ins for this pattern's own ports (the kit's fakes come from @fsxn-s3ap/shared/testing). */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import { buildTokenRecord, isExpired, type TaskTokenRecord, type TaskTokenStore } from '@fsxn-s3ap/shared/task-tokens';

/** A range reader over in-memory files that records every range it served. */
export function createRangeInput(files: Record<string, Uint8Array>) {
  const reads: { key: string; start: number; end: number }[] = [];
  return {
    reads,
    async getRange(key: string, start: number, end: number): Promise<Uint8Array> {
      const bytes = files[key];
      if (!bytes) throw new ObjectNotFoundError(`${key} does not exist`);
      reads.push({ key, start, end });
      return bytes.subarray(start, end + 1);
    },
  };
}

/** A TaskTokenStore in memory, with ids from `ids`. */
export function createMemoryStore(
  ids: string[] = ['0a1b2c3d'],
  now: () => Date = () => FIXED_NOW,
): TaskTokenStore & { records: Map<string, TaskTokenRecord> } {
  const records = new Map<string, TaskTokenRecord>();
  const live = (record: TaskTokenRecord | undefined) => (record && !isExpired(record, now()) ? record : undefined);
  return {
    records,
    async put(input) {
      const id = ids.shift() ?? 'ffffffff';
      records.set(id, buildTokenRecord(id, input, now()));
      return id;
    },
    async get(id) {
      return live(records.get(id));
    },
    async findByJobName(name) {
      return live([...records.values()].find((record) => record.transform_job_name === name));
    },
    async delete(id) {
      records.delete(id);
    },
  };
}

/** The fixed clock of the tests. */
export const FIXED_NOW = new Date('2025-01-15T09:30:00.000Z');
