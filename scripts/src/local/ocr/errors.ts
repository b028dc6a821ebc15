/** Raised for bytes the OCR service cannot read; the service answers 400 with its message. */
export class OcrInputError extends Error {
  override readonly name = 'OcrInputError';
}
