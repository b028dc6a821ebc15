import { Readable } from 'node:stream';
import type { GetObjectCommandOutput, ListObjectsV2CommandInput, ListObjectsV2CommandOutput } from '@aws-sdk/client-s3';

/** A GetObject body as the SDK hands it out in Node: a stream. */
export function streamBody(content: string | Uint8Array, chunkSize = 64 * 1024): GetObjectCommandOutput['Body'] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    chunks.push(bytes.subarray(offset, offset + chunkSize));
  return Readable.from(chunks) as unknown as GetObjectCommandOutput['Body'];
}

/** An S3 error the way the SDK throws it: a name and `$metadata.httpStatusCode`. */
export function s3Error(name: string, httpStatusCode: number): Error {
  return Object.assign(new Error(`${name} from S3`), { name, $metadata: { httpStatusCode } });
}

/**
 * Serves ListObjectsV2 over `keys` (sorted as given) the way S3 does: Prefix, MaxKeys and opaque continuation
 * tokens `t<index>`.
 */
export function listingOf(keys: readonly string[], size = (index: number) => index + 1) {
  return (input: ListObjectsV2CommandInput): ListObjectsV2CommandOutput => {
    const matching = keys.filter((key) => key.startsWith(input.Prefix ?? ''));
    const start = input.ContinuationToken === undefined ? 0 : Number(input.ContinuationToken.slice(1));
    const maxKeys = input.MaxKeys ?? 1000;
    const page = matching.slice(start, start + maxKeys);
    const next = start + page.length;
    return {
      $metadata: {},
      Contents: page.map((key, index) => ({
        Key: key,
        Size: size(start + index),
        ETag: `"etag-${start + index}"`,
        LastModified: new Date(Date.UTC(2025, 0, 1)),
      })),
      KeyCount: page.length,
      IsTruncated: next < matching.length,
      NextContinuationToken: next < matching.length ? `t${next}` : undefined,
    };
  };
}
