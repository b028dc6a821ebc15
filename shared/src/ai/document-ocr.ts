/** Port: read the text, form fields and tables of a document (PDF, PNG, JPEG, TIFF or UTF-8 text). */

/**
 * Where the asynchronous path reads the document. Textract cannot read an object through an FSx for ONTAP S3 access
 * point by reference, so name a copy in a normal bucket (CopyObject from the access point works).
 */
export interface OcrS3Object {
  bucket: string;
  key: string;
  /** Object version, when the bucket is versioned. */
  version?: string;
}

/** The document to read. */
export interface OcrRequest {
  /**
   * The document bytes. Inline (synchronous) analysis takes up to 10 MB; a larger document needs {@link s3Object}
   * and is read asynchronously from S3.
   */
  bytes: Uint8Array;
  /** Documents with more pages than this go to the asynchronous API (default 1: Textract's sync limit). */
  pageThreshold?: number;
  /** A copy of the document in a normal S3 bucket: required for documents over `pageThreshold` or 10 MB. */
  s3Object?: OcrS3Object;
  /**
   * When the caller must have an answer (for a Lambda: `Date.now() + context.getRemainingTimeInMillis()`). An
   * asynchronous job still running at the deadline (minus the adapter's reserve) ends in {@link OcrPendingError}.
   */
  deadline?: Date;
  /** Resume an asynchronous job an earlier attempt started (the `jobId` of its OcrPendingError) instead of a new one. */
  jobId?: string;
  /**
   * Makes starting the asynchronous job idempotent: the same key (for example the execution id, object key and ETag)
   * gets the same job back from Textract, so a retried item resumes its job even without `jobId`.
   */
  idempotencyKey?: string;
}

/** Where an {@link OcrResult} came from: a PDF's own text layer, local OCR, Amazon Textract, or nothing read. */
export type OcrSource = 'text-layer' | 'ocr' | 'textract' | 'none';

/** One line of text. */
export interface OcrLine {
  text: string;
  /** Confidence from 0 to 100. */
  confidence: number;
  /** 1-based page number, when known. */
  page?: number;
}

/** One form field (`key: value`). */
export interface OcrKeyValue {
  key: string;
  value: string;
  /** Confidence from 0 to 100 (the lower of the key's and the value's). */
  confidence: number;
}

/** One table: rows of cell texts (every row as wide as the widest; missing cells are empty strings). */
export interface OcrTable {
  rows: string[][];
  /** Confidence from 0 to 100. */
  confidence: number;
  /** 1-based page number, when known. */
  page?: number;
}

/** What was read from the document. */
export interface OcrResult {
  /** Every line, joined with newlines. */
  text: string;
  lines: OcrLine[];
  keyValues: OcrKeyValue[];
  tables: OcrTable[];
  /** Pages of the document (1 for an image or a text file). */
  pages: number;
  source: OcrSource;
  /** Mean line confidence from 0 to 100; 0 when nothing was read (route such documents to human review). */
  confidence: number;
}

/**
 * Reads documents: Textract (AnalyzeDocument with FORMS and TABLES, or StartDocumentAnalysis for multi-page
 * documents), or a local reader in DemoMode (PDF text layer, an optional local OCR endpoint, UTF-8 text).
 */
export interface DocumentOcr {
  analyze(request: OcrRequest): Promise<OcrResult>;
}
