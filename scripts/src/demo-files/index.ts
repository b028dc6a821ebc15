// Writers of small, valid, deterministic demo files (same input, same bytes) for patterns' generate-demo-data
// scripts and tests: PDFs with and without a text layer, images (text for OCR, photo-like scenes), e-mail, OOXML.

export {
  type DemoDataDrift,
  type DemoFiles,
  demoDataDrift,
  listDemoData,
  NO_DRIFT,
  runDemoDataScript,
  writeDemoFiles,
} from './demo-data';
export { type DocxParagraph, docxDocument } from './docx';
export { type EmlAttachment, type EmlOptions, emlMessage } from './eml';
export {
  type EncodeOptions,
  encodeImage,
  type ImageFormat,
  type ImageSource,
  jpegImage,
  pngImage,
  rasterOf,
  type TextImageOptions,
  textImage,
  tiffImage,
} from './images';
export {
  A4,
  DEMO_DATE,
  DEMO_PRODUCER,
  type PdfDocumentOptions,
  type PdfLine,
  type PdfMetadata,
  type PdfTable,
  pdfDocument,
} from './pdf';
export { photoRaster } from './photo';
export { encodePng } from './png';
export { DemoFileError, drawnRaster, type Raster, type Rgb } from './raster';
export { type ScannedPdfOptions, scannedPdf } from './scanned-pdf';
export { seededRandom } from './seeded';
export { BASE_FONT_PX, type TextRasterOptions, textRaster } from './text-raster';
export { encodeTiff, type TiffCompression } from './tiff';
export { columnName, type XlsxCell, type XlsxSheet, xlsxWorkbook } from './xlsx';
