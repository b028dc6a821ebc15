import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { drawLines, drawTable, type PdfLine, type PdfTable } from './pdf-layout';
import { DemoFileError } from './raster';

export type { PdfLine, PdfTable } from './pdf-layout';

/** The fixed creation and modification date of every demo PDF (override with `date`). */
export const DEMO_DATE = '2025-01-01T00:00:00Z';
/** Producer and Creator of every demo PDF. */
export const DEMO_PRODUCER = 'fsxn-s3ap demo-files';
/** A4 portrait, in points. */
export const A4: readonly [number, number] = [595.28, 841.89];

/** Metadata every demo PDF carries. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** Creation and modification date (default `DEMO_DATE`). */
  date?: string;
  /** Page size in points (default A4 portrait). */
  pageSize?: readonly [number, number];
}

/** A PDF with a text layer: pages of lines in Helvetica, tables optional. */
export interface PdfDocumentOptions extends PdfMetadata {
  pages: readonly { lines: readonly (string | PdfLine)[] }[];
  tables?: readonly PdfTable[];
}

/** A new document with fixed metadata and a trailer ID derived from `fingerprint` (no clock, no randomness). */
export async function demoPdf(meta: PdfMetadata, fingerprint: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = new Date(meta.date ?? DEMO_DATE);
  if (Number.isNaN(date.getTime())) throw new DemoFileError(`date is not a valid date: ${meta.date}`);
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setProducer(DEMO_PRODUCER);
  doc.setCreator(DEMO_PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const id = createHash('sha256').update(fingerprint).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc;
}

/** The document's bytes: a classic cross-reference table (no object streams), readable by every PDF tool. */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * A PDF whose pages carry `lines` (and `tables`) as real text in standard Helvetica (WinAnsi characters only), so
 * text extractors read it back. Same options, same bytes. Throws `DemoFileError` naming the page and line of a
 * character Helvetica cannot encode, a table on a missing page, or no pages.
 */
export async function pdfDocument(options: PdfDocumentOptions): Promise<Uint8Array> {
  if (options.pages.length === 0) throw new DemoFileError('a PDF needs at least one page');
  const doc = await demoPdf(options, JSON.stringify(options));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = options.pageSize ?? A4;
  const pages = options.pages.map((spec, index) => {
    const page = doc.addPage([size[0], size[1]]);
    return { page, below: drawLines(page, font, spec.lines, `page ${index}`) };
  });
  (options.tables ?? []).forEach((table, index) => {
    const target = pages[table.page ?? 0];
    if (!target) throw new DemoFileError(`table ${index} is on page ${table.page}, but the PDF has ${pages.length}`);
    drawTable(target.page, font, table, target.below, `table ${index}`);
  });
  return savePdf(doc);
}
