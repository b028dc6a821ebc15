/**
 * The run's item manifest for a Distributed Map: one object summary per line (JSON Lines), streamed to the output as
 * the listing pages come in, so discovery's memory stays bounded by one page whatever the number of files. The Map
 * reads it with `ItemReader` (`InputType: JSONL`) and batches it with `ItemBatcher`.
 */
import { datePath, type OutputWriter, sanitizeKeySegment } from '../output';
import type { S3ObjectSummary } from '../s3';

/** What discovery tells the state machine about a run's items (`$.discovery`). */
export interface ItemManifest {
  /** Bucket (or access point alias) and full key the Map's ItemReader reads. */
  manifestBucket: string;
  manifestKey: string;
  totalObjects: number;
  totalBytes: number;
  /** The listing stopped at MAX_OBJECTS. */
  truncated: boolean;
}

/** `manifests/YYYY/MM/DD/<executionId>.jsonl`, relative to the output prefix. */
export function itemManifestKeyFor(executionId: string, now: Date): string {
  return `manifests/${datePath(now)}/${sanitizeKeySegment(executionId)}.jsonl`;
}

/** Options of {@link writeItemManifest}. */
export interface ItemManifestOptions {
  output: Pick<OutputWriter, 'bucket' | 'putStream'>;
  executionId: string;
  now: Date;
  /** Most objects to write; 0 writes every one. */
  maxObjects: number;
}

/**
 * Writes `pages` (a listing, or the one object of an event) as JSON Lines and counts them. Only the fields the item
 * handler needs are kept (`key`, `size`, `etag`, `lastModified`), so a line is ~100 bytes.
 */
export async function writeItemManifest(
  pages: AsyncIterable<readonly S3ObjectSummary[]>,
  options: ItemManifestOptions,
): Promise<ItemManifest> {
  const totals = { objects: 0, bytes: 0, truncated: false };
  const cap = options.maxObjects > 0 ? options.maxObjects : Number.POSITIVE_INFINITY;
  async function* lines(): AsyncGenerator<string> {
    for await (const page of pages) {
      let chunk = '';
      for (const object of page) {
        if (totals.objects >= cap) {
          totals.truncated = true;
          break;
        }
        const line: S3ObjectSummary = { key: object.key, size: object.size };
        if (object.etag !== undefined) line.etag = object.etag;
        if (object.lastModified !== undefined) line.lastModified = object.lastModified;
        chunk += `${JSON.stringify(line)}\n`;
        totals.objects += 1;
        totals.bytes += object.size;
      }
      if (chunk !== '') yield chunk;
      if (totals.truncated) return;
    }
  }
  const key = itemManifestKeyFor(options.executionId, options.now);
  const manifestKey = await options.output.putStream(key, lines(), 'application/jsonl');
  return {
    manifestBucket: options.output.bucket,
    manifestKey,
    totalObjects: totals.objects,
    totalBytes: totals.bytes,
    truncated: totals.truncated,
  };
}
