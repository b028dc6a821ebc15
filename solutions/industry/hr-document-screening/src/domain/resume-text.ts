/** The text of a resume: a .docx through the Office reader, a PDF or an image through the DocumentOcr port. */
import { type DocumentOcr, documentTypeOf } from '@fsxn-s3ap/shared/ai';
import { readDocxText } from '@fsxn-s3ap/shared/formats/ooxml';
import { UnsupportedResumeError } from '../errors';

export interface ResumeText {
  text: string;
  format: 'docx' | 'pdf' | 'png' | 'jpeg' | 'tiff';
  /** 0-100 reading confidence (100 for a .docx). */
  confidence: number;
}

/** Reads `bytes` (named `key`); UnsupportedResumeError for other types. */
export async function readResumeText(
  key: string,
  bytes: Uint8Array,
  ocr: DocumentOcr,
  deadline?: Date,
): Promise<ResumeText> {
  if (key.toLowerCase().endsWith('.docx')) {
    return { text: readDocxText(bytes).paragraphs.join('\n'), format: 'docx', confidence: 100 };
  }
  const type = documentTypeOf(bytes);
  if (type === 'other') throw new UnsupportedResumeError(`${key} is not a PDF, PNG, JPEG, TIFF or .docx resume`);
  const result = await ocr.analyze({ bytes, ...(deadline === undefined ? {} : { deadline }) });
  return { text: result.text, format: type, confidence: result.confidence };
}
