/**
 * The text layer of a PDF: page count, the lines of each page in reading order and the document information. A
 * compact reader for Lambda bundles (cross-reference tables and streams, object streams, FlateDecode, simple-font
 * encodings and ToUnicode CMaps); it does not render, so a scanned page without a text layer reads as no lines.
 * Corrupt or truncated files throw {@link PdfFormatError} with the byte offset; encrypted ones {@link PdfEncryptedError}.
 */
import { ContentReader } from './content';
import { PdfFile, type PdfLimits } from './document';
import { type PdfInfo, readInfo } from './info';
import { linesOf } from './layout';
import { PdfStream } from './objects';

export type { PdfLimits } from './document';
export { PdfEncryptedError, PdfFormatError } from './errors';
export type { PdfInfo } from './info';

/** The text of one page. */
export interface PdfPageText {
  /** 1-based page number. */
  pageNumber: number;
  /** Non-blank lines in reading order; columns far apart are separated by two spaces. */
  lines: string[];
}

/** What {@link extractPdfText} read. */
export interface PdfText {
  pageCount: number;
  pages: PdfPageText[];
  info: PdfInfo;
  /** True when at least one page has text (false for scanned documents). */
  hasTextLayer: boolean;
}

/** Options of {@link extractPdfText}. */
export interface PdfTextOptions extends PdfLimits {
  /** Read the text of at most this many pages (the count still covers every page). Default: all. */
  maxPages?: number;
}

/** True when the bytes start like a PDF (`%PDF-` within the first 1024 bytes). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-');
}

/** The number of pages (leaves of the page tree), without reading their content. */
export function readPdfPageCount(bytes: Uint8Array, limits: PdfLimits = {}): number {
  return new PdfFile(bytes, limits).pages().length;
}

/** Reads the text layer of a PDF. */
export function extractPdfText(bytes: Uint8Array, options: PdfTextOptions = {}): PdfText {
  const file = new PdfFile(bytes, options);
  const nodes = file.pages();
  const pages = nodes.slice(0, options.maxPages ?? nodes.length).map((node, index) => {
    const reader = new ContentReader(file);
    const contents = file.get(node.dict, 'Contents');
    const streams = (Array.isArray(contents) ? contents.map((item) => file.resolve(item)) : [contents]).filter(
      (item): item is PdfStream => item instanceof PdfStream,
    );
    const parts = streams.map((stream) => file.decode(stream) ?? new Uint8Array(0));
    const data = Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
    reader.run(data, node.resources, streams[0]?.offset ?? 0);
    return { pageNumber: index + 1, lines: linesOf(reader.fragments) };
  });
  return {
    pageCount: nodes.length,
    pages,
    info: readInfo(file),
    hasTextLayer: pages.some((page) => page.lines.length > 0),
  };
}
