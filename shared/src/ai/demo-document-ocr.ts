/** DemoMode DocumentOcr: text read from the bytes themselves, no AWS call. */
import type { DocumentOcr, OcrLine, OcrRequest, OcrResult } from './document-ocr';
import { checkOcrRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';
import { keyValueLines } from './text-analysis';

const MIN_RUN = 4;

/**
 * Deterministic OCR: valid UTF-8 text is read as is; other content (images, PDFs) yields its runs of at least four
 * printable ASCII characters, like `strings`. Every non-blank line becomes an {@link OcrLine} and every `key: value`
 * line a key-value pair. Confidences derive from a hash of the line: 95-99.9 for text, 60-85 for recovered runs.
 */
export class DemoDocumentOcr implements DocumentOcr {
  async analyze(request: OcrRequest): Promise<OcrResult> {
    checkOcrRequest(request);
    const decoded = decodeText(request.bytes);
    const source = decoded ?? printableRuns(request.bytes).join('\n');
    const [low, spread] = decoded === undefined ? [60, 25] : [95, 4.9];
    const lines: OcrLine[] = source
      .split(/\r?\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .map((line) => ({ text: line, confidence: roundTo(low + spread * digestFraction(stableDigest(line), 0), 1) }));
    const text = lines.map((line) => line.text).join('\n');
    const keyValues = keyValueLines(text).map((pair) => ({
      key: pair.key,
      value: pair.value,
      confidence: lines.find((line) => line.text.trim() === pair.line)?.confidence ?? low,
    }));
    return { text, lines, keyValues };
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
