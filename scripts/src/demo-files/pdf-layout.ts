import type { PDFFont, PDFPage } from 'pdf-lib';
import { DemoFileError } from './raster';

/** One line of text on a PDF page; x and y in points from the page's top-left corner (y is the top of the line). */
export interface PdfLine {
  text: string;
  x?: number;
  y?: number;
  /** Font size in points (default 12). */
  size?: number;
}

/** A grid of cells drawn with ruled borders; `header` (bold-less, first row) is optional. */
export interface PdfTable {
  /** Index of the page it goes on (default 0). */
  page?: number;
  /** Top-left corner in points from the page's top-left (default: left margin, below the page's lines). */
  x?: number;
  y?: number;
  size?: number;
  header?: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** Left and top margin, in points. */
export const MARGIN = 72;
const DEFAULT_SIZE = 12;
const PADDING = 4;

function draw(page: PDFPage, font: PDFFont, text: string, x: number, top: number, size: number, where: string): void {
  try {
    page.drawText(text, { x, y: page.getHeight() - top - size, size, font });
  } catch (error) {
    throw new DemoFileError(`${where}: ${(error as Error).message}`);
  }
}

/** Draws the lines top-down; returns the y just below the last one (where a table without y goes). */
export function drawLines(page: PDFPage, font: PDFFont, lines: readonly (string | PdfLine)[], where: string): number {
  let cursor = MARGIN;
  lines.forEach((entry, index) => {
    const line = typeof entry === 'string' ? { text: entry } : entry;
    const size = line.size ?? DEFAULT_SIZE;
    const top = line.y ?? cursor;
    draw(page, font, line.text, line.x ?? MARGIN, top, size, `${where} line ${index}`);
    cursor = top + size * 1.4;
  });
  return cursor;
}

/** Draws a ruled table whose columns fit their widest cell. */
export function drawTable(page: PDFPage, font: PDFFont, table: PdfTable, below: number, where: string): void {
  const size = table.size ?? DEFAULT_SIZE;
  const rows = [...(table.header ? [table.header] : []), ...table.rows].map((row) => row.map(String));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => font.widthOfTextAtSize(row[column] ?? '', size))),
  );
  const left = table.x ?? MARGIN;
  const top = table.y ?? below + size;
  const rowHeight = size + 2 * PADDING;
  const height = page.getHeight();
  const right = left + widths.reduce((sum, width) => sum + width + 2 * PADDING, 0);
  rows.forEach((row, r) => {
    let x = left;
    row.forEach((cell, c) => {
      draw(page, font, cell, x + PADDING, top + r * rowHeight + PADDING, size, `${where} row ${r} column ${c}`);
      x += (widths[c] ?? 0) + 2 * PADDING;
    });
  });
  const rule = (x0: number, y0: number, x1: number, y1: number) =>
    page.drawLine({ start: { x: x0, y: height - y0 }, end: { x: x1, y: height - y1 }, thickness: 0.5 });
  for (let r = 0; r <= rows.length; r += 1) rule(left, top + r * rowHeight, right, top + r * rowHeight);
  let x = left;
  for (let c = 0; c <= columns; c += 1) {
    rule(x, top, x, top + rows.length * rowHeight);
    x += (widths[c] ?? 0) + 2 * PADDING;
  }
}
