/** Where a pattern writes its results: a bucket or the FSx volume through an access point, under dated keys. */
export { datedKey, datePath, normalizePrefix, sanitizeKeySegment } from './key';
export {
  createMemoryOutputWriter,
  type MemoryOutputWriter,
  type MemoryOutputWriterOptions,
} from './memory-output-writer';
export { createOutputWriter, DEFAULT_S3AP_PREFIX } from './output-writer';
export { OUTPUT_DESTINATIONS, type OutputDestination, type OutputWriter, type OutputWriterOptions } from './types';
