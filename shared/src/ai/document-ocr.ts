/** Port: read the text and form fields of a document image. */

/** The document to read. */
export interface OcrRequest {
  /** The document bytes (PNG, JPEG, TIFF or single-page PDF for Textract; up to 10 MB). */
  bytes: Uint8Array;
}

/** One line of text. */
export interface OcrLine {
  text: string;
  /** Confidence from 0 to 100. */
  confidence: number;
}

/** One form field (`key: value`). */
export interface OcrKeyValue {
  key: string;
  value: string;
  /** Confidence from 0 to 100 (the lower of the key's and the value's). */
  confidence: number;
}

/** What was read from the document. */
export interface OcrResult {
  /** Every line, joined with newlines. */
  text: string;
  lines: OcrLine[];
  keyValues: OcrKeyValue[];
}

/** Reads documents (Textract AnalyzeDocument with FORMS, or a deterministic local reader in DemoMode). */
export interface DocumentOcr {
  analyze(request: OcrRequest): Promise<OcrResult>;
}
