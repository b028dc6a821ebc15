/** Where per-object results and run reports are written. */
import { createHash } from 'node:crypto';
import { datedKey } from '@fsxn-s3ap/shared/output';

/** Suffix of every per-object result key. */
export const RESULT_SUFFIX = 'inventory.json';

/** Suffixes of the run report (JSON) and its Markdown summary. */
export const REPORT_SUFFIX = 'inventory-report.json';
export const SUMMARY_SUFFIX = 'inventory-report.md';

const MAX_READABLE_LENGTH = 120;

/**
 * A key-safe stem for an object key: the key with every run of characters outside `[A-Za-z0-9._-]` turned into one
 * `_` (leading dots and underscores dropped, cut to 120 characters), plus 8 hex digits of the key's SHA-256, so
 * different keys never share a stem.
 * @example resultStem('reports/2024 Q1.csv') // 'reports_2024_Q1.csv-1a2b3c4d'
 */
export function resultStem(key: string): string {
  const readable = key
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, MAX_READABLE_LENGTH);
  const digest = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8);
  return readable === '' ? `object-${digest}` : `${readable}-${digest}`;
}

/** `results/YYYY/MM/DD/<stem>_inventory.json` for one object. */
export function resultKeyFor(key: string, now: Date): string {
  return datedKey('results', resultStem(key), RESULT_SUFFIX, now);
}

/** The JSON report and Markdown summary keys of one execution. */
export function reportKeysFor(executionId: string, now: Date): { report: string; summary: string } {
  return {
    report: datedKey('reports', executionId, REPORT_SUFFIX, now),
    summary: datedKey('reports', executionId, SUMMARY_SUFFIX, now),
  };
}
