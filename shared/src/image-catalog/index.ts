/**
 * Per-image processing of product images: labels (tags), a validated catalog entry and header-based quality checks,
 * each written as one JSON result per image version. Polling, streaming and event-driven paths call the same
 * {@link processImage}, so the same bytes and clock give the same outputs whichever path runs it.
 */
export {
  CATALOG_KEYS,
  type CatalogEntry,
  type CatalogParse,
  fallbackCatalogEntry,
  parseCatalogEntry,
  titleFromKey,
} from './catalog-entry';
export { checkQuality, HEADER_MAX_BYTES, HEADER_PROBE_BYTES, type QualityResult, readHeader } from './check-quality';
export { type CatalogResult, catalogPrompt, describeProduct } from './describe-product';
export { type ImageObject, normalizeEtag, toImageObject, versionTag } from './image-object';
export { type ResultKind, resultKey } from './output-keys';
export type { ImagePorts, ImageSettings } from './ports';
export { IMAGE_STAGES, type ImageOutcome, type ImageStage, processImage, readTags } from './process-image';
export {
  checkFileSize,
  DEFAULT_QUALITY_RULES,
  evaluateQuality,
  type QualityCheck,
  type QualityRules,
} from './quality-rules';
export { type TagsResult, tagImage } from './tag-image';
