import {
  concatTransformationMatrix,
  drawObject,
  type PDFDocument,
  PDFName,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { encodeImage } from './images';
import { A4, demoPdf, type PdfMetadata, savePdf } from './pdf';
import { DemoFileError, type Raster } from './raster';
import { textRaster } from './text-raster';

/** A PDF of page images only: what a scanner produces. */
export interface ScannedPdfOptions extends PdfMetadata {
  pages: readonly { lines: readonly string[] }[];
  /** How each page image is stored: png (8-bit gray pixels, Flate, the smallest) or jpeg (DCT). Default png. */
  imageFormat?: 'png' | 'jpeg';
  /** Multiplies the 32 px font size of the page images (default 1). */
  scale?: number;
}

/** Page images are placed at 150 dpi (shrunk to fit the page when wider). */
const IMAGE_DPI = 150;
const MARGIN = 36;

/** The page's one image: a fixed resource name, so nothing depends on generated keys. */
const IMAGE = PDFName.of('Scan');

/** A gray image XObject (FlateDecode, as a scanner's PDF has). */
function grayImage(doc: PDFDocument, raster: Raster): PDFRef {
  const stream = doc.context.flateStream(raster.data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: raster.width,
    Height: raster.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
  });
  return doc.context.register(stream);
}

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
    const page = doc.addPage([pageWidth, pageHeight]);
    const fit = Math.min(
      72 / IMAGE_DPI,
      (pageWidth - 2 * MARGIN) / raster.width,
      (pageHeight - 2 * MARGIN) / raster.height,
    );
    const width = raster.width * fit;
    const height = raster.height * fit;
    const image =
      options.imageFormat === 'jpeg' ? (await doc.embedJpg(encodeImage(raster, 'jpeg'))).ref : grayImage(doc, raster);
    page.node.setXObject(IMAGE, image);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(width, 0, 0, height, MARGIN, pageHeight - MARGIN - height),
      drawObject(IMAGE),
      popGraphicsState(),
    );
  }
  return savePdf(doc);
}
