/**
 * S3 access point access: list, read and write through an alias, access point ARN or bucket, with every S3
 * failure rethrown as a named error.
 */
export { clientConfigFor, createAccessPointClient } from './access-point-client';
export { decodeUtf8 } from './body';
export { createS3Client } from './client';
export { accessDeniedMessage, type S3CallContext, translateS3Error } from './errors';
export {
  createMemoryAccessPoint,
  type MemoryAccessPoint,
  type MemoryAccessPointCalls,
  type MemoryAccessPointOptions,
} from './memory-access-point';
export { matchesSuffix, normalizeSuffixes, suffixesFromEnv } from './suffix';
export { parseTarget, type S3Target } from './target';
export {
  type AccessPointClient,
  type AccessPointClientOptions,
  DEFAULT_MAX_READ_BYTES,
  type ListOptions,
  type ObjectHead,
  type ReadOptions,
  type S3ObjectSummary,
  type UploadOptions,
} from './types';
export { DEFAULT_PART_SIZE_BYTES, MIN_PART_SIZE_BYTES, TEXT_CONTENT_TYPE } from './write';
