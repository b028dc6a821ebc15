/**
 * The text of a reservation document: an `.eml` confirmation through the mail parser (its subject and readable
 * body), a PDF or an image through the DocumentOcr port (the PDF's text layer, OCR or Textract).
 */
import { type DocumentOcr, documentTypeOf, type OcrSource } from '@fsxn-s3ap/shared/ai';
import { parseEml } from '@fsxn-s3ap/shared/formats/eml';
import { UnsupportedDocumentError } from '../errors';

/** What was read, and how. */
export interface DocumentText {
  text: string;
  format: 'eml' | 'pdf' | 'png' | 'jpeg' | 'tiff';
  source: OcrSource | 'mail';
  /** 0-100: the OCR's mean line confidence; 100 for mail text. */
  confidence: number;
  /** Attachments of a message (names only; their content is not read). */
  attachments?: string[];
}

/** Reads `bytes` (named `key`); UnsupportedDocumentError for anything else. */
export async function readDocumentText(
  key: string,
  bytes: Uint8Array,
  ocr: DocumentOcr,
  deadline?: Date,
): Promise<DocumentText> {
  if (key.toLowerCase().endsWith('.eml')) {
    const message = parseEml(bytes);
    const text = message.subject === undefined ? message.text : `Subject: ${message.subject}\n${message.text}`;
    return {
      text,
      format: 'eml',
      source: 'mail',
      confidence: 100,
      attachments: message.attachments.map((attachment) => attachment.filename ?? '(unnamed)'),
    };
  }
  const type = documentTypeOf(bytes);
  if (type === 'other') throw new UnsupportedDocumentError(`${key} is not a PDF, PNG, JPEG, TIFF or .eml document`);
  const result = await ocr.analyze({ bytes, ...(deadline === undefined ? {} : { deadline }) });
  return { text: result.text, format: type, source: result.source, confidence: result.confidence };
}
