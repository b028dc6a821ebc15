/**
 * AI ports (TextGenerator, ImageLabeler, DocumentOcr, EntityExtractor), their AWS SDK adapters, the deterministic
 * DemoMode adapters and the factories that choose between them, plus image-header and model-answer helpers
 * (`generateStructured`: a schema-checked JSON answer with a rule-based fallback). `EntityExtractor.detectPii`
 * merges Comprehend with the deterministic recogniser of `@fsxn-s3ap/shared/pii`.
 */

export { OcrEndpointError, OcrJobFailedError, OcrPendingError } from '../errors';
export { BedrockTextGenerator, type BedrockTextGeneratorOptions } from './bedrock-text-generator';
export { ComprehendEntityExtractor, PII_LANGUAGES } from './comprehend-entity-extractor';
export { createDocumentOcr } from './create-document-ocr';
export { createEntityExtractor } from './create-entity-extractor';
export { createImageLabeler } from './create-image-labeler';
export { createTextGenerator } from './create-text-generator';
export { DEFAULT_OCR_ENDPOINT_TIMEOUT_MS, DemoDocumentOcr, type DemoDocumentOcrOptions } from './demo-document-ocr';
export { DemoEntityExtractor } from './demo-entity-extractor';
export { DemoImageLabeler, orientationOf, resolutionClassOf } from './demo-image-labeler';
export { DEMO_TEXT_MODEL_ID, DemoTextGenerator } from './demo-text-generator';
export type {
  DocumentOcr,
  OcrKeyValue,
  OcrLine,
  OcrRequest,
  OcrResult,
  OcrS3Object,
  OcrSource,
  OcrTable,
} from './document-ocr';
export { DOCUMENT_MEDIA_TYPES, type DocumentType, documentTypeOf } from './document-type';
export {
  type Entity,
  type EntityExtractor,
  type EntityRequest,
  MAX_ENTITY_TEXT_BYTES,
  type PiiEntity,
} from './entity-extractor';
export { extractJsonObject } from './extract-json';
export type { AdapterFactoryOptions } from './factories';
export { type ImageFormat, type ImageHeader, readImageHeader } from './image-header';
export type { ImageLabeler, Label, LabelRequest } from './image-labeler';
export { mergePiiEntities, recognisedPiiEntities } from './pii-entities';
export { RekognitionImageLabeler } from './rekognition-image-labeler';
export { ENTITY_LANGUAGES, MAX_LABEL_IMAGE_BYTES, MAX_OCR_DOCUMENT_BYTES } from './request-validation';
export { isThrottlingError, toAiServiceError } from './service-error';
export {
  generateStructured,
  requiredKeysOf,
  type StructuredAnswer,
  type StructuredFailure,
} from './structured-answer';
export {
  DEFAULT_MAX_TOKENS,
  DEFAULT_TEMPERATURE,
  type TextGenerationRequest,
  type TextGenerationResult,
  type TextGenerator,
} from './text-generator';
export { tablesOf } from './text-tables';
export { TextractDocumentOcr, type TextractDocumentOcrOptions } from './textract-document-ocr';
export { type TruncatedText, truncateUtf8 } from './truncate-utf8';
