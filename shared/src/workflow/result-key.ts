/** Where per-object results and run reports are written: dated, and versioned by the object's ETag. */
import { createHash } from 'node:crypto';
import { datedKey } from '../output';
import type { S3ObjectSummary } from '../s3';

const MAX_READABLE_LENGTH = 120;

/**
 * A key-safe stem for an object: the key with every run of characters outside `[A-Za-z0-9._-]` turned into one `_`
 * (leading dots and underscores dropped, cut to 120 characters), plus 8 hex digits of the SHA-256 of the key and its
 * ETag, so different keys, and different versions of one key, never share a stem.
 * @example resultStem({ key: 'reports/2024 Q1.csv', size: 1 }) // 'reports_2024_Q1.csv-1a2b3c4d'
 */
export function resultStem(object: Pick<S3ObjectSummary, 'key' | 'etag'>): string {
  const readable = object.key
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, MAX_READABLE_LENGTH);
  const digest = createHash('sha256')
    .update(object.key, 'utf8')
    .update('\0')
    .update(object.etag ?? '', 'utf8')
    .digest('hex')
    .slice(0, 8);
  return readable === '' ? `object-${digest}` : `${readable}-${digest}`;
}

/**
 * `<kind>/YYYY/MM/DD/<stem>_<suffix>` for one object (see {@link resultStem}).
 * @example objectResultKey('results', { key: 'a.txt', size: 1 }, 'inventory.json', now)
 */
export function objectResultKey(
  kind: string,
  object: Pick<S3ObjectSummary, 'key' | 'etag'>,
  suffix: string,
  now: Date,
): string {
  return datedKey(kind, resultStem(object), suffix, now);
}

/** The JSON report, Markdown summary and HTML page keys of one execution. */
export function reportKeysFor(executionId: string, now: Date): { report: string; summary: string; html: string } {
  return {
    report: datedKey('reports', executionId, 'report.json', now),
    summary: datedKey('reports', executionId, 'report.md', now),
    html: datedKey('reports', executionId, 'report.html', now),
  };
}
