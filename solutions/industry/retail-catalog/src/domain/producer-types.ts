/** The stream producer's ports, settings and summary, shared by its snapshot merge and its table rebuild. */
import type { ImageObject } from '@fsxn-s3ap/shared/image-catalog';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { ChangeEvent } from './change-event';
import type { FileStateStore } from './file-state';

/** Puts change events on the stream and returns those still rejected after retries. */
export interface EventPublisher {
  publish(events: readonly ChangeEvent[]): Promise<ChangeEvent[]>;
}

/** What the producer needs. */
export interface ProducerPorts {
  input: Pick<AccessPointClient, 'listPages' | 'head'>;
  state: FileStateStore;
  publisher: EventPublisher;
  now: Date;
  /** Sees every listed page, in order (the snapshot rebuild collects the next snapshot with it). */
  onPage?: (objects: readonly ImageObject[]) => Promise<void>;
}

/** Where and how much to look. */
export interface ProducerSettings {
  prefix: string;
  suffixes: readonly string[];
  /** State items one reconciliation step scans. */
  reconcileLimit: number;
  /** Scan the whole state table for deletions this run instead of one bounded step (a snapshot rebuild). */
  fullReconcile?: boolean;
}

/** What one run found and put. */
export interface ProducerSummary {
  listed: number;
  created: number;
  modified: number;
  deleted: number;
  published: number;
  failed: number;
  reconcile: { scanned: number; headChecks: number; passCompleted: boolean };
}

/** A summary with every counter at zero. */
export function emptySummary(): ProducerSummary {
  return {
    listed: 0,
    created: 0,
    modified: 0,
    deleted: 0,
    published: 0,
    failed: 0,
    reconcile: { scanned: 0, headChecks: 0, passCompleted: false },
  };
}
