import { encodeImage } from './images';
import { A4, demoPdf, type PdfMetadata, savePdf } from './pdf';
import { DemoFileError } from './raster';
import { textRaster } from './text-raster';

/** A PDF of page images only: what a scanner produces. */
export interface ScannedPdfOptions extends PdfMetadata {
  pages: readonly { lines: readonly string[] }[];
  /** How each page image is embedded: png (Flate-compressed pixels) or jpeg (DCT, the JPEG itself). Default png. */
  imageFormat?: 'png' | 'jpeg';
  /** Multiplies the 32 px font size of the page images (default 1). */
  scale?: number;
}

/** Page images are placed at 150 dpi (shrunk to fit the page when wider). */
const IMAGE_DPI = 150;
const MARGIN = 36;

/**
 * A PDF whose every page is one image of its lines (rendered as `textImage` does) and has no text layer: input for
 * OCR. Same options, same bytes. Throws `DemoFileError` on no pages or an empty page.
 */
export async function scannedPdf(options: ScannedPdfOptions): Promise<Uint8Array> {
  if (options.pages.length === 0) throw new DemoFileError('a PDF needs at least one page');
  const doc = await demoPdf(options, JSON.stringify(options));
  const [pageWidth, pageHeight] = options.pageSize ?? A4;
  for (const spec of options.pages) {
    const raster = textRaster({ lines: spec.lines, scale: options.scale });
    const jpeg = options.imageFormat === 'jpeg';
    const bytes = encodeImage(raster, jpeg ? 'jpeg' : 'png');
    const image = jpeg ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
    const fit = Math.min(
      72 / IMAGE_DPI,
      (pageWidth - 2 * MARGIN) / raster.width,
      (pageHeight - 2 * MARGIN) / raster.height,
    );
    const width = raster.width * fit;
    const height = raster.height * fit;
    const page = doc.addPage([pageWidth, pageHeight]);
    page.drawImage(image, { x: MARGIN, y: pageHeight - MARGIN - height, width, height });
  }
  return savePdf(doc);
}
