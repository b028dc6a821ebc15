export { type OcrEngine, type OcrLine, type OcrResult, tesseractEngine } from './engine';
export { MAX_PAGES, MAX_PIXELS } from './image-checks';
export { OcrInputError, type OcrInputKind, pageImages, sniffInput } from './input';
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_QUEUE,
  type OcrService,
  type OcrServiceOptions,
  startOcrService,
} from './server';
