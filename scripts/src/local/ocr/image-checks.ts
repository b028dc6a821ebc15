import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { OcrInputError } from './errors';

export { OcrInputError } from './errors';

/** The inputs the OCR service accepts. */
export type OcrInputKind = 'png' | 'jpeg' | 'tiff' | 'pdf';

/** Largest image the service decodes, in pixels (a guard against decompression bombs). */
export const MAX_PIXELS = 40_000_000;
/** Most pages the service reads from one TIFF or PDF. */
export const MAX_PAGES = 20;

/** Checks an image size against `MAX_PIXELS`. */
export function checkPixels(width: number, height: number, what: string): void {
  if (!(width > 0 && height > 0)) throw new OcrInputError(`${what} has no pixels (${width}x${height})`);
  if (width * height > MAX_PIXELS)
    throw new OcrInputError(`${what} is ${width}x${height}; the demo OCR service reads at most ${MAX_PIXELS} pixels`);
}

export function readable<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof OcrInputError) throw error;
    throw new OcrInputError(`${what} cannot be read: ${(error as Error).message ?? String(error)}`);
  }
}

/** Checks that PNG bytes decode (size first, from IHDR). */
export function checkPng(bytes: Uint8Array, what = 'the PNG'): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33) throw new OcrInputError(`${what} is truncated (${bytes.length} bytes)`);
  checkPixels(view.getUint32(16), view.getUint32(20), what);
  readable(what, () => PNG.sync.read(Buffer.from(bytes)));
}

/** Checks that JPEG bytes decode, within the pixel limit. */
export function checkJpeg(bytes: Uint8Array, what = 'the JPEG'): void {
  const image = readable(what, () =>
    decodeJpeg(bytes, { useTArray: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 }),
  );
  checkPixels(image.width, image.height, what);
}
