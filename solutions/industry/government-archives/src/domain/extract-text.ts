/**
 * The text of one record by its file type: PDFs (text layer, scanned pages through the OCR port) and TIFF scans
 * through the DocumentOcr port, mail through the .eml reader, Word and Excel files through the OOXML readers.
 * Outlook .msg files (compound binary files) are not read: UnsupportedFormatError, a failed item.
 */
import type { DocumentOcr, OcrSource } from '@fsxn-s3ap/shared/ai';
import { parseEml } from '@fsxn-s3ap/shared/formats/eml';
import { readDocxText, readXlsxText } from '@fsxn-s3ap/shared/formats/ooxml';
import { UnsupportedFormatError } from '../errors';

/** The record types this pattern lists (the `SuffixFilter` default). */
export const RECORD_SUFFIXES = ['.pdf', '.tif', '.tiff', '.eml', '.msg', '.docx', '.xlsx'] as const;

export type RecordKind = 'pdf' | 'tiff' | 'eml' | 'msg' | 'docx' | 'xlsx';

/** Where the text came from: the OCR port's source, or the reader of a mail or Office file. */
export type TextSource = OcrSource | 'eml' | 'docx' | 'xlsx';

/** The text of a record and how far it can be trusted. */
export interface RecordText {
  kind: RecordKind;
  text: string;
  source: TextSource;
  /** 0-100: the OCR's mean line confidence; 100 for text read from the file itself. */
  confidence: number;
  pages: number;
}

/** How the OCR port is called. */
export interface ExtractOptions {
  /** Documents with more pages than this go to the asynchronous OCR API (`SyncPageThreshold`, 10). */
  pageThreshold: number;
  /** Makes a retried asynchronous OCR job resume instead of starting again. */
  idempotencyKey?: string;
}

/** The kind of a key by its suffix (case-insensitive), or undefined for another file. */
export function recordKindOf(key: string): RecordKind | undefined {
  const lower = key.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.tif') || lower.endsWith('.tiff')) return 'tiff';
  for (const kind of ['eml', 'msg', 'docx', 'xlsx'] as const) if (lower.endsWith(`.${kind}`)) return kind;
  return undefined;
}

/** Reads the text of a record of kind `kind` from its bytes. */
export async function extractText(
  kind: RecordKind,
  bytes: Uint8Array,
  ocr: DocumentOcr,
  options: ExtractOptions,
): Promise<RecordText> {
  switch (kind) {
    case 'pdf':
    case 'tiff': {
      const result = await ocr.analyze({
        bytes,
        pageThreshold: options.pageThreshold,
        ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
      });
      return { kind, text: result.text, source: result.source, confidence: result.confidence, pages: result.pages };
    }
    case 'eml': {
      const message = parseEml(bytes);
      const header = [message.subject, message.from, message.to].filter((part) => part !== undefined).join('\n');
      return { kind, text: `${header}\n\n${message.text}`, source: 'eml', confidence: 100, pages: 1 };
    }
    case 'docx':
      return { kind, text: readDocxText(bytes).text, source: 'docx', confidence: 100, pages: 1 };
    case 'xlsx':
      return { kind, text: readXlsxText(bytes).text, source: 'xlsx', confidence: 100, pages: 1 };
    case 'msg':
      throw new UnsupportedFormatError(
        'Outlook .msg files (compound binary format) are not read by this pattern; export the message as .eml',
      );
  }
}
