/** Port: where each record's retention is kept (RetentionTable; the item expires at its retain-until instant). */
import type { ScheduleId } from './retention';

/** One record's retention; holds no personal data. */
export interface RetentionRecord {
  documentKey: string;
  schedule: ScheduleId;
  years: number;
  /** ISO instant until which the record is kept. */
  retainUntil: string;
  /** The same instant in epoch seconds: the table's TTL attribute. */
  expiresAt: number;
  classification: string;
  processedAt: string;
  executionId: string;
}

/** Writes retention records (the latest processing of a key wins). */
export interface RetentionStore {
  put(record: RetentionRecord): Promise<void>;
}
