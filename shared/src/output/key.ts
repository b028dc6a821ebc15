import { ValidationError } from '../errors';

const UNSAFE = /[^\p{L}\p{N}._-]+/gu;
const MAX_SEGMENT_LENGTH = 200;

/**
 * Makes `value` safe as one S3 key segment while keeping it readable: path separators, spaces and other unsafe
 * characters become `_` (runs collapse to one), leading dots are dropped, and the result is cut to 200 characters.
 * Throws ValidationError when nothing usable remains.
 * @example sanitizeKeySegment('scans/2024/Invoice #7.pdf') // 'scans_2024_Invoice_7.pdf'
 */
export function sanitizeKeySegment(value: string): string {
  const safe = value
    .replace(UNSAFE, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, MAX_SEGMENT_LENGTH);
  if (safe === '') throw new ValidationError(`"${value}" has no characters usable in an S3 key`);
  return safe;
}

/** `YYYY/MM/DD` of `now` in UTC. */
export function datePath(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new ValidationError('Cannot build a dated key from an invalid date');
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  const day = String(now.getUTCDate()).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${day}`;
}

/**
 * `<kind>/YYYY/MM/DD/<stem>_<suffix>` in UTC, with `stem` sanitised (see {@link sanitizeKeySegment}).
 * @example datedKey('labels', 'photos/cat.jpg', 'labels.json', new Date('2025-01-02T03:04:05Z'))
 * // 'labels/2025/01/02/photos_cat.jpg_labels.json'
 */
export function datedKey(kind: string, stem: string, suffix: string, now: Date = new Date()): string {
  if (kind.trim() === '' || suffix.trim() === '') {
    throw new ValidationError(`datedKey needs a non-empty kind and suffix, got "${kind}" and "${suffix}"`);
  }
  return `${kind}/${datePath(now)}/${sanitizeKeySegment(stem)}_${suffix}`;
}

/** An output prefix without a leading `/` and ending with `/` (`ai-outputs` -> `ai-outputs/`); '' stays ''. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+/, '');
  if (trimmed === '') return '';
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
