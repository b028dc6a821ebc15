import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { encodePng } from '../../demo-files/png';
import { checkJpeg, checkPixels, MAX_PAGES, OcrInputError, readable } from './image-checks';

function numberOf(dict: PDFDict, key: string): number | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

function filters(dict: PDFDict): string[] {
  const value = dict.lookup(PDFName.of('Filter'));
  if (value instanceof PDFName) return [value.decodeText()];
  if (value instanceof PDFArray)
    return value.asArray().map((entry) => (entry instanceof PDFName ? entry.decodeText() : String(entry)));
  return [];
}

/** Samples per pixel of an image colour space the service converts: DeviceGray, DeviceRGB, ICCBased with N 1 or 3. */
function components(dict: PDFDict, what: string): 1 | 3 {
  const space = dict.lookup(PDFName.of('ColorSpace'));
  if (space === PDFName.of('DeviceGray')) return 1;
  if (space === PDFName.of('DeviceRGB')) return 3;
  if (space instanceof PDFArray && space.lookup(0) === PDFName.of('ICCBased')) {
    const profile = space.lookup(1);
    const n = profile instanceof PDFRawStream ? numberOf(profile.dict, 'N') : undefined;
    if (n === 1 || n === 3) return n;
  }
  throw new OcrInputError(`${what}: colour space ${String(space)} is not supported (DeviceGray or DeviceRGB)`);
}

/** The page's image XObjects, largest first. */
function imagesOf(doc: PDFDocument, index: number): PDFRawStream[] {
  const resources = doc.getPage(index).node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return [];
  const images = xobjects
    .values()
    .map((value) => doc.context.lookup(value))
    .filter((value): value is PDFRawStream => value instanceof PDFRawStream)
    .filter((stream) => stream.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image'));
  const area = (stream: PDFRawStream) => (numberOf(stream.dict, 'Width') ?? 0) * (numberOf(stream.dict, 'Height') ?? 0);
  return images.sort((a, b) => area(b) - area(a));
}

/** A JPEG (DCTDecode) as is, or 8-bit Flate/LZW/ASCII-coded pixels converted to PNG. */
function imageBytes(stream: PDFRawStream, what: string): Uint8Array {
  const width = numberOf(stream.dict, 'Width') ?? 0;
  const height = numberOf(stream.dict, 'Height') ?? 0;
  checkPixels(width, height, what);
  const applied = filters(stream.dict);
  if (applied.length === 1 && applied[0] === 'DCTDecode') {
    checkJpeg(stream.contents, what);
    return stream.contents;
  }
  if (applied.some((name) => ['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode'].includes(name)))
    throw new OcrInputError(
      `${what}: filter ${applied.join(' + ')} is not supported (DCTDecode alone, or FlateDecode)`,
    );
  if (numberOf(stream.dict, 'BitsPerComponent') !== 8)
    throw new OcrInputError(`${what}: only 8 bits per component are supported`);
  const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  if (parms instanceof PDFDict && (numberOf(parms, 'Predictor') ?? 1) > 1)
    throw new OcrInputError(`${what}: predictors are not supported`);
  const channels = components(stream.dict, what);
  const data = readable(what, () => decodePDFRawStream(stream).decode());
  if (data.length < width * height * channels) throw new OcrInputError(`${what}: the pixel data is truncated`);
  return encodePng({ width, height, channels, data: data.subarray(0, width * height * channels) });
}

/**
 * The largest image of each page of a scanned PDF, as PNG or JPEG bytes tesseract reads. Pages without an image
 * are skipped; images inside form XObjects are not looked for. Throws `OcrInputError` for an unreadable or
 * encrypted PDF, more than `MAX_PAGES` pages, no page image at all, or an image the service cannot convert.
 */
export async function pdfPageImages(bytes: Uint8Array): Promise<Uint8Array[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    throw new OcrInputError(`the PDF cannot be read: ${(error as Error).message}`);
  }
  const count = readable('the PDF', () => doc.getPageCount());
  if (count > MAX_PAGES)
    throw new OcrInputError(`the PDF has ${count} pages; the demo OCR service reads at most ${MAX_PAGES}`);
  const images: Uint8Array[] = [];
  for (let index = 0; index < count; index += 1) {
    const [largest] = readable(`PDF page ${index + 1}`, () => imagesOf(doc, index));
    if (largest) images.push(imageBytes(largest, `PDF page ${index + 1} image`));
  }
  if (images.length === 0)
    throw new OcrInputError('the PDF has no page image to read (a PDF with a text layer needs a text extractor)');
  return images;
}
