import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { LocalRunError } from './errors';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.xml': 'application/xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/** A seeded object: its key, size and the file it came from. */
export interface SeededObject {
  key: string;
  size: number;
  file: string;
}

/** Every file under `dir` (hidden files skipped), as S3 keys relative to `dir` with `/` separators. */
export function listDataFiles(dir: string): SeededObject[] {
  const out: SeededObject[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile())
        out.push({ key: path.relative(dir, file).split(path.sep).join('/'), size: statSync(file).size, file });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Uploads in flight while seeding. */
export const SEED_CONCURRENCY = 16;

/**
 * Uploads every file of `dir` into `bucket` (the local stand-in of the input access point), streaming each body.
 * Throws `LocalRunError` when `dir` is not a folder.
 */
export async function seedBucket(s3: S3Client, bucket: string, dir: string): Promise<SeededObject[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new LocalRunError(`data folder ${dir} does not exist`);
  const files = listDataFiles(dir);
  // A few uploads in flight: a folder of 100,000 small files seeds in a fraction of the sequential time.
  let next = 0;
  const upload = async () => {
    while (next < files.length) {
      const object = files[next++] as SeededObject;
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: object.key,
          Body: createReadStream(object.file),
          ContentLength: object.size,
          ContentType: CONTENT_TYPES[path.extname(object.key).toLowerCase()] ?? 'application/octet-stream',
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEED_CONCURRENCY, files.length) }, upload));
  return files;
}
