import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';

/** `s3://bucket/prefix/` as bucket and prefix (the prefix ends with `/` unless empty). */
export function parseS3Uri(uri: string): { bucket: string; prefix: string } {
  const rest = uri.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const prefix = slash < 0 ? '' : rest.slice(slash + 1);
  return { bucket, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}

/** Hive and Athena skip files whose name starts with `_` or `.` (markers, Spark's _SUCCESS). */
function isHidden(key: string): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1);
  return name === '' || name.startsWith('_') || name.startsWith('.') || key.endsWith('_$folder$');
}

/**
 * Keeps a local folder equal to the objects under an S3 location of the S3 emulator: new or changed objects
 * (by ETag) are downloaded, deleted ones removed. DuckDB then reads the folder with its own readers (JSON Lines,
 * CSV and Parquet alike, in parallel) instead of holding every body in memory.
 */
export class ObjectMirror {
  private readonly etags = new Map<string, string>();

  constructor(
    private readonly s3: S3Client,
    private readonly location: string,
    readonly dir: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Brings the folder up to date; returns the number of files it holds. A missing bucket reads as empty. */
  async sync(): Promise<number> {
    const { bucket, prefix } = parseS3Uri(this.location);
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const page = await this.s3
        .send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
        .catch((error: Error) => {
          if (error.name === 'NoSuchBucket') return { Contents: [], NextContinuationToken: undefined };
          throw error;
        });
      for (const object of page.Contents ?? []) {
        const key = object.Key ?? '';
        if (isHidden(key)) continue;
        seen.add(key);
        const etag = object.ETag ?? '';
        if (this.etags.get(key) === etag) continue;
        const body = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const file = this.fileOf(key.slice(prefix.length));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, (await body.Body?.transformToByteArray()) ?? new Uint8Array());
        this.etags.set(key, etag);
      }
      token = page.NextContinuationToken;
    } while (token);
    for (const key of [...this.etags.keys()].filter((known) => !seen.has(known))) {
      rmSync(this.fileOf(key.slice(prefix.length)), { force: true });
      this.etags.delete(key);
    }
    return this.etags.size;
  }

  /** A path under the folder for a relative key; `..` segments cannot leave it. */
  private fileOf(relative: string): string {
    const safe = relative
      .split('/')
      .filter((part) => part !== '' && part !== '.' && part !== '..')
      .join(path.sep);
    return path.join(this.dir, safe || 'object');
  }
}
