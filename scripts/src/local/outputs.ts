import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { LocalRunError } from './errors';

/** An object a run wrote, with where its copy lives on disk. */
export interface OutputObject {
  bucket: string;
  key: string;
  localPath: string;
}

async function listKeys(s3: S3Client, bucket: string): Promise<{ key: string; etag: string }[]> {
  const out: { key: string; etag: string }[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const item of page.Contents ?? []) if (item.Key) out.push({ key: item.Key, etag: item.ETag ?? '' });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}

/** Keys (with ETags) of every object in `buckets` now: taken before a run so its outputs can be told apart. */
export async function snapshot(s3: S3Client, buckets: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const bucket of buckets)
    for (const { key, etag } of await listKeys(s3, bucket)) seen.add(`${bucket}/${key}/${etag}`);
  return seen;
}

/** Copies every object that is new or changed since `before` into `outDir/<bucket>/<key>`. */
export async function collectOutputs(
  s3: S3Client,
  buckets: readonly string[],
  before: ReadonlySet<string>,
  outDir: string,
): Promise<OutputObject[]> {
  const outputs: OutputObject[] = [];
  for (const bucket of buckets) {
    for (const { key, etag } of await listKeys(s3, bucket)) {
      if (before.has(`${bucket}/${key}/${etag}`)) continue;
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const localPath = path.join(outDir, bucket, ...key.split('/'));
      mkdirSync(path.dirname(localPath), { recursive: true });
      writeFileSync(localPath, (await object.Body?.transformToByteArray()) ?? new Uint8Array());
      outputs.push({ bucket, key, localPath });
    }
  }
  return outputs;
}

/** Reads one output as JSON: an exact key, or a suffix that matches exactly one key. */
export function readOutputJson<T>(outputs: readonly OutputObject[], keyOrSuffix: string): T {
  const exact = outputs.filter((output) => output.key === keyOrSuffix);
  const matches = exact.length > 0 ? exact : outputs.filter((output) => output.key.endsWith(keyOrSuffix));
  if (matches.length !== 1 || !matches[0]) {
    const listed = outputs.map((output) => output.key).join(', ') || 'none';
    throw new LocalRunError(`${matches.length} outputs match "${keyOrSuffix}" (outputs: ${listed})`);
  }
  return JSON.parse(readFileSync(matches[0].localPath, 'utf8')) as T;
}

/** Writes `value` as pretty JSON to `file`, creating folders. */
export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
