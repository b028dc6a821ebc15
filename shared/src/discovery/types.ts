import type { S3ObjectSummary } from '../s3';

/** A slice of the manifest an item processor reads: objects `offset` to `offset + count - 1`. */
export interface ManifestChunkRef {
  manifestKey: string;
  chunkIndex: number;
  offset: number;
  count: number;
}

/** One Map iteration's work: an object itself, or a chunk of the manifest. */
export type WorkItem = S3ObjectSummary | ManifestChunkRef;

/** What discovery returns to the state machine; the Map iterates `items`. */
export interface DiscoveryResult {
  manifestKey: string;
  totalObjects: number;
  totalBytes: number;
  /** True when the listing held more objects than `maxObjects`. */
  truncated: boolean;
  /** True when `items` are the objects themselves, false when they are chunk references. */
  inline: boolean;
  items: WorkItem[];
  mapConcurrency: number;
}

/** The manifest discovery writes for every run. */
export interface DiscoveryManifest {
  executionId: string;
  generatedAt: string;
  prefix: string;
  suffixes: string[];
  totalObjects: number;
  totalBytes: number;
  truncated: boolean;
  chunkSize: number;
  objects: S3ObjectSummary[];
}
