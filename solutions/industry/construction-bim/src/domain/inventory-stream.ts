/** Reads a file's content once, as a stream, and derives everything the inventory records about it. */
import { createHash } from 'node:crypto';
import { ContentType, type ContentTypeValue, detectContentType, SNIFF_BYTES } from './content-type';
import { createTextStatsCounter, type TextStats } from './text-stats';

/** What the content itself says about a file. */
export interface ContentFacts {
  /** Bytes actually read. */
  bytes: number;
  contentType: ContentTypeValue;
  /** Lower-case hex SHA-256 of the whole content. */
  sha256: string;
  /** Line and word counts, for text only. */
  text?: TextStats;
}

/** Keeps the first `limit` bytes of a stream. */
function createHeadCollector(limit: number) {
  const parts: Uint8Array[] = [];
  let kept = 0;
  return {
    push(chunk: Uint8Array) {
      if (kept >= limit) return;
      const part = chunk.subarray(0, limit - kept);
      parts.push(part);
      kept += part.length;
    },
    bytes: () => new Uint8Array(Buffer.concat(parts, kept)),
  };
}

/**
 * Consumes `source` chunk by chunk (memory stays flat whatever the file size): SHA-256 of everything, content type
 * from the first bytes, line and word counts when the content is text.
 */
export async function inventoryStream(source: AsyncIterable<Uint8Array>): Promise<ContentFacts> {
  const hash = createHash('sha256');
  const head = createHeadCollector(SNIFF_BYTES);
  const text = createTextStatsCounter();
  let bytes = 0;
  for await (const chunk of source) {
    hash.update(chunk);
    head.push(chunk);
    text.push(chunk);
    bytes += chunk.length;
  }
  const contentType = detectContentType(head.bytes());
  const facts: ContentFacts = { bytes, contentType, sha256: hash.digest('hex') };
  if (contentType === ContentType.Text) facts.text = text.finish();
  return facts;
}
