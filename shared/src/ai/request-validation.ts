/**
 * Checks every adapter (SDK and Demo alike) applies to its request before doing any work, so DemoMode rejects
 * exactly what the real service would reject, with a clear {@link ValidationError} instead of a service error.
 */
import { ValidationError } from '../errors';
import type { OcrRequest } from './document-ocr';
import { type EntityRequest, MAX_ENTITY_TEXT_BYTES } from './entity-extractor';
import type { LabelRequest } from './image-labeler';
import { DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, type TextGenerationRequest } from './text-generator';

/** Rekognition's limit on image bytes sent inline: 5 MB. */
export const MAX_LABEL_IMAGE_BYTES = 5 * 1024 * 1024;

/** Textract's limit on document bytes sent inline to the synchronous API: 10 MB. */
export const MAX_OCR_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** A label request with its defaults applied. */
export type ResolvedLabelRequest = Required<LabelRequest>;

/** Applies the defaults (70 %, 20 labels) and rejects empty or oversized images and out-of-range filters. */
export function resolveLabelRequest(request: LabelRequest): ResolvedLabelRequest {
  requireBytes(request.bytes, MAX_LABEL_IMAGE_BYTES, 'Image', 'Rekognition accepts at most 5 MB inline');
  const minConfidence = request.minConfidence ?? 70;
  const maxLabels = request.maxLabels ?? 20;
  if (!(minConfidence >= 0 && minConfidence <= 100)) {
    throw new ValidationError(`minConfidence must be within [0, 100], got ${minConfidence}`);
  }
  if (!Number.isInteger(maxLabels) || maxLabels < 1) {
    throw new ValidationError(`maxLabels must be a positive integer, got ${maxLabels}`);
  }
  return { bytes: request.bytes, minConfidence, maxLabels };
}

/**
 * Rejects empty documents, documents over 10 MB without an S3 object to read them from, a page threshold that is not
 * a positive integer, an invalid deadline and an S3 object without bucket or key.
 */
export function checkOcrRequest(request: OcrRequest): void {
  const { s3Object, pageThreshold, deadline } = request;
  const max = s3Object === undefined ? MAX_OCR_DOCUMENT_BYTES : Number.POSITIVE_INFINITY;
  requireBytes(
    request.bytes,
    max,
    'Document',
    'Textract accepts at most 10 MB inline (pass s3Object to read a larger one from S3)',
  );
  if (pageThreshold !== undefined && !(Number.isInteger(pageThreshold) && pageThreshold >= 1)) {
    throw new ValidationError(`pageThreshold must be a positive integer, got ${pageThreshold}`);
  }
  if (deadline !== undefined && Number.isNaN(deadline.getTime()))
    throw new ValidationError('deadline is an invalid Date');
  if (s3Object !== undefined && (s3Object.bucket === '' || s3Object.key === '')) {
    throw new ValidationError('s3Object needs a bucket (or access point alias) and a key');
  }
  if (request.jobId === '') throw new ValidationError('jobId must not be empty');
}

/** Languages Comprehend DetectEntities supports. */
export const ENTITY_LANGUAGES: readonly string[] = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'ar',
  'hi',
  'ja',
  'ko',
  'zh',
  'zh-TW',
];

/** Applies the default language (`en`) and rejects blank or oversized text and unsupported languages. */
export function resolveEntityRequest(request: EntityRequest): Required<EntityRequest> {
  if (request.text.trim() === '') throw new ValidationError('Entity detection needs non-blank text');
  const size = Buffer.byteLength(request.text, 'utf8');
  if (size > MAX_ENTITY_TEXT_BYTES) {
    throw new ValidationError(
      `Text is ${size} bytes of UTF-8; entity detection accepts at most ${MAX_ENTITY_TEXT_BYTES}. ` +
        'Shorten it first, for example with truncateUtf8(text, MAX_ENTITY_TEXT_BYTES).',
    );
  }
  const languageCode = request.languageCode ?? 'en';
  if (!ENTITY_LANGUAGES.includes(languageCode)) {
    throw new ValidationError(`Language "${languageCode}" is not supported; use one of ${ENTITY_LANGUAGES.join(', ')}`);
  }
  return { text: request.text, languageCode };
}

/** A text generation request with its defaults applied. */
export type ResolvedTextRequest = TextGenerationRequest & { maxTokens: number; temperature: number };

/** Applies the defaults (2048 tokens, temperature 0.3) and rejects a blank prompt or out-of-range settings. */
export function resolveTextRequest(request: TextGenerationRequest): ResolvedTextRequest {
  if (request.prompt.trim() === '') throw new ValidationError('Text generation needs a non-blank prompt');
  const maxTokens = request.maxTokens ?? DEFAULT_MAX_TOKENS;
  const temperature = request.temperature ?? DEFAULT_TEMPERATURE;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new ValidationError(`maxTokens must be a positive integer, got ${maxTokens}`);
  }
  if (!(temperature >= 0 && temperature <= 1)) {
    throw new ValidationError(`temperature must be within [0, 1], got ${temperature}`);
  }
  if (request.expectJsonKeys?.length === 0) throw new ValidationError('expectJsonKeys must name at least one key');
  return { ...request, maxTokens, temperature };
}

function requireBytes(bytes: Uint8Array, max: number, what: string, limit: string): void {
  if (bytes.length === 0) throw new ValidationError(`${what} is empty (0 bytes)`);
  if (bytes.length > max) throw new ValidationError(`${what} is ${bytes.length} bytes; ${limit} (${max} bytes)`);
}
