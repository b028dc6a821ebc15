/** The version of an image this pattern processes: its key and the ETag and time that identify its content. */
import { ValidationError } from '../errors';
import { sanitizeKeySegment } from '../output';
import type { S3ObjectSummary } from '../s3';

/** One version of one image. */
export interface ImageObject {
  key: string;
  size: number;
  /** The ETag without quotes; it changes whenever the content changes. */
  etag: string;
  /** ISO 8601 (UTC, milliseconds) time of the last change; '' when unknown. */
  lastModified: string;
}

/** The ETag without the quotes S3 puts around it. */
export function normalizeEtag(etag: string): string {
  return etag.trim().replace(/^"+|"+$/g, '');
}

/** A listing entry as an {@link ImageObject}; ValidationError when it has no ETag (the version cannot be known). */
export function toImageObject(summary: S3ObjectSummary): ImageObject {
  const etag = normalizeEtag(summary.etag ?? '');
  if (etag === '') throw new ValidationError(`${summary.key} was listed without an ETag; its version is unknown`);
  const time = summary.lastModified === undefined ? Number.NaN : Date.parse(summary.lastModified);
  return {
    key: summary.key,
    size: summary.size,
    etag,
    lastModified: Number.isNaN(time) ? '' : new Date(time).toISOString(),
  };
}

/**
 * A short, key-safe tag of an object version, part of every output key so that results of an older version never
 * overwrite those of a newer one. @example versionTag({ etag: '9b2cf535f27731c974343645a3985328', ... }) // 'v9b2cf535f277'
 */
export function versionTag(object: Pick<ImageObject, 'etag'>): string {
  return `v${sanitizeKeySegment(object.etag).slice(0, 12)}`;
}
