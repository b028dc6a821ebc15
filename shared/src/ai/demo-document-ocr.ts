/** DemoMode DocumentOcr: text read from the bytes themselves (or a local OCR endpoint), no AWS call. */
import { extractPdfText } from '../formats/pdf';
import { readWithOcrEndpoint } from './demo-ocr-endpoint';
import type { DocumentOcr, OcrLine, OcrRequest, OcrResult } from './document-ocr';
import { DOCUMENT_MEDIA_TYPES, type DocumentType, documentTypeOf } from './document-type';
import { resultOfLines } from './ocr-result';
import { checkOcrRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';

const MIN_RUN = 4;
/** Confidence of lines read from a PDF's text layer. */
const TEXT_LAYER_CONFIDENCE = 99;
/** Default timeout of one call to the OCR endpoint. */
export const DEFAULT_OCR_ENDPOINT_TIMEOUT_MS = 30_000;

/** Options of {@link DemoDocumentOcr}. */
export interface DemoDocumentOcrOptions {
  /** Base URL of a local OCR service (`POST {endpoint}/ocr`); without one, images and scanned PDFs read as nothing. */
  endpoint?: string;
  /** Timeout of one endpoint call in milliseconds (default 30 s; never past the request's deadline). */
  timeoutMs?: number;
  /** The fetch to call the endpoint with (default: the global fetch). */
  fetchImpl?: typeof fetch;
}

/**
 * Deterministic OCR. A PDF with a text layer is read with the PDF reader (confidence 99, source `text-layer`).
 * Images (PNG, JPEG, TIFF) and PDFs without a text layer go to the local OCR endpoint when there is one (source
 * `ocr`), otherwise they read as nothing (source `none`, confidence 0: route them to human review). Valid UTF-8 text
 * is read as is (confidences 95-99.9 from a hash of the line); other bytes yield their runs of at least four
 * printable ASCII characters, like `strings` (confidences 60-85). Lines of `key: value` become form fields and runs
 * of column-separated lines become tables.
 */
export class DemoDocumentOcr implements DocumentOcr {
  constructor(private readonly options: DemoDocumentOcrOptions = {}) {}

  async analyze(request: OcrRequest): Promise<OcrResult> {
    checkOcrRequest(request);
    const type = documentTypeOf(request.bytes);
    if (type === 'pdf') {
      const pdf = extractPdfText(request.bytes);
      if (!pdf.hasTextLayer) return this.recognise(request, type, pdf.pageCount);
      const lines = pdf.pages.flatMap((page) =>
        page.lines.map((text) => ({ text, confidence: TEXT_LAYER_CONFIDENCE, page: page.pageNumber })),
      );
      return resultOfLines(lines, 'text-layer', pdf.pageCount);
    }
    if (type !== 'other') return this.recognise(request, type, 1);
    const decoded = decodeText(request.bytes);
    const source = decoded ?? printableRuns(request.bytes).join('\n');
    const [low, spread] = decoded === undefined ? [60, 25] : [95, 4.9];
    const lines: OcrLine[] = source
      .split(/\r?\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .map((line) => ({ text: line, confidence: roundTo(low + spread * digestFraction(stableDigest(line), 0), 1) }));
    return resultOfLines(lines, decoded === undefined ? 'ocr' : 'text-layer', 1);
  }

  private async recognise(request: OcrRequest, type: DocumentType, pages: number): Promise<OcrResult> {
    const { endpoint } = this.options;
    if (endpoint === undefined || endpoint === '') return resultOfLines([], 'none', pages);
    const timeout = this.options.timeoutMs ?? DEFAULT_OCR_ENDPOINT_TIMEOUT_MS;
    const remaining = request.deadline === undefined ? timeout : request.deadline.getTime() - Date.now();
    const answer = await readWithOcrEndpoint({
      endpoint,
      bytes: request.bytes,
      contentType: DOCUMENT_MEDIA_TYPES[type],
      timeoutMs: Math.min(timeout, remaining),
      fetchImpl: this.options.fetchImpl,
    });
    const lines = answer.lines
      .map((line) => ({ text: line.text.trimEnd(), confidence: roundTo(line.confidence, 1) }))
      .filter((line) => line.text.trim() !== '');
    return resultOfLines(lines, 'ocr', pages);
  }
}

/** The bytes as text when they are valid UTF-8 without control characters other than tab and line breaks. */
function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary content is the point
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? undefined : text;
}

function printableRuns(bytes: Uint8Array): string[] {
  const runs: string[] = [];
  let current = '';
  for (const byte of bytes) {
    if ((byte >= 0x20 && byte <= 0x7e) || byte === 0x09) {
      current += String.fromCharCode(byte);
    } else {
      if (current.trim().length >= MIN_RUN) runs.push(current.trim());
      current = '';
    }
  }
  if (current.trim().length >= MIN_RUN) runs.push(current.trim());
  return runs;
}
