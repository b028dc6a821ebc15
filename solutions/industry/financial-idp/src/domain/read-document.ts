/**
 * OCR of one document through the DocumentOcr port: inline for documents within the page threshold, else from a
 * copy staged in the output bucket (Textract's asynchronous API), with an idempotency key so a retried item gets its
 * running job back instead of starting another.
 */
import type { DocumentOcr, OcrRequest, OcrResult } from '@fsxn-s3ap/shared/ai';
import { isPdf, readPdfPageCount } from '@fsxn-s3ap/shared/formats/pdf';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { boundedDeadline } from './invocation';

/** Textract's inline (synchronous) limit on one document. */
export const INLINE_MAX_BYTES = 10 * 1024 * 1024;
/** Time the OCR adapter keeps in reserve before the deadline (it stops polling this long before). */
export const OCR_RESERVE_MS = 15_000;
/** Where staged copies go in the output bucket (a lifecycle rule expires them after a day). */
export const STAGING_PREFIX = 'textract-staging';

/** True when Textract must read the document asynchronously: more pages than the threshold, or over 10 MB. */
export function needsAsyncOcr(bytes: Uint8Array, pageThreshold: number): boolean {
  if (bytes.length > INLINE_MAX_BYTES) return true;
  return isPdf(bytes) && readPdfPageCount(bytes) > pageThreshold;
}

export interface ReadOptions {
  executionId: string;
  pageThreshold: number;
  /** How long polling may take from now, in seconds. */
  maxWaitSeconds: number;
  staging: OutputWriter;
  /** Milliseconds since the epoch (tests). */
  now?: number;
}

/** The OCR result of `bytes`; an asynchronous job still running at the deadline throws OcrPendingError. */
export async function readDocument(
  ocr: DocumentOcr,
  object: S3ObjectSummary,
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<OcrResult> {
  const wanted = (options.now ?? Date.now()) + options.maxWaitSeconds * 1000 + OCR_RESERVE_MS;
  const deadline = new Date(boundedDeadline(wanted));
  const request: OcrRequest = { bytes, pageThreshold: options.pageThreshold, deadline };
  if (needsAsyncOcr(bytes, options.pageThreshold)) {
    const key = `${STAGING_PREFIX}/${options.executionId}/${object.key}`;
    const written = await options.staging.putBytes(key, bytes, 'application/octet-stream');
    request.s3Object = { bucket: options.staging.bucket, key: written };
    request.idempotencyKey = `${options.executionId}\n${object.key}\n${object.etag ?? object.size}`;
  }
  return ocr.analyze(request);
}
