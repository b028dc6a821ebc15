import * as UTIF from 'utif2';
import { encodePng } from '../../demo-files/png';
import {
  checkJpeg,
  checkPixels,
  checkPng,
  MAX_PAGES,
  OcrInputError,
  type OcrInputKind,
  readable,
} from './image-checks';
import { pdfPageImages } from './pdf-images';

export { OcrInputError, type OcrInputKind } from './image-checks';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The kind of input from its first bytes. Throws `OcrInputError` for anything else. */
export function sniffInput(bytes: Uint8Array): OcrInputKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 42, 0]) || startsWith(bytes, [0x4d, 0x4d, 0, 42])) return 'tiff';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  throw new OcrInputError('unsupported input: expected the bytes of a PNG, JPEG, TIFF or PDF');
}

function tiffPages(bytes: Uint8Array): Uint8Array[] {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const pages = readable('the TIFF', () => UTIF.decode(buffer));
  if (pages.length === 0) throw new OcrInputError('the TIFF has no image');
  if (pages.length > MAX_PAGES)
    throw new OcrInputError(`the TIFF has ${pages.length} pages; the demo OCR service reads at most ${MAX_PAGES}`);
  return pages.map((page, index) => {
    const what = `TIFF page ${index + 1}`;
    const width = Number((page.t256 as number[] | undefined)?.[0] ?? 0);
    const height = Number((page.t257 as number[] | undefined)?.[0] ?? 0);
    checkPixels(width, height, what);
    const rgba = readable(what, () => {
      UTIF.decodeImage(buffer, page);
      return UTIF.toRGBA8(page);
    });
    if (rgba.length < width * height * 4) throw new OcrInputError(`${what} is truncated`);
    const rgb = new Uint8Array(width * height * 3);
    for (let src = 0, dst = 0; dst < rgb.length; src += 4, dst += 3) rgb.set(rgba.subarray(src, src + 3), dst);
    return encodePng({ width, height, channels: 3, data: rgb });
  });
}

/**
 * The images tesseract reads (PNG or JPEG), one per page: a PNG or JPEG as is (once it decodes), each TIFF page
 * converted to PNG, each PDF page's largest image. Throws `OcrInputError` saying why the bytes cannot be read.
 */
export async function pageImages(bytes: Uint8Array): Promise<Uint8Array[]> {
  const kind = sniffInput(bytes);
  if (kind === 'png') checkPng(bytes);
  if (kind === 'jpeg') checkJpeg(bytes);
  if (kind === 'png' || kind === 'jpeg') return [bytes];
  if (kind === 'tiff') return tiffPages(bytes);
  return pdfPageImages(bytes);
}
