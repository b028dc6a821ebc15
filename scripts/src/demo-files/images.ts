import { encode as encodeJpegRgba } from 'jpeg-js';
import { photoRaster } from './photo';
import { encodePng } from './png';
import { DemoFileError, pixelRaster, type Raster, type Rgb, solidRaster, toRgba } from './raster';
import { textRaster } from './text-raster';
import { encodeTiff, type TiffCompression } from './tiff';

/** The pixels of an image: caller samples (RGB, or gray with channels 1), one colour, or a seeded photo-like scene. */
export type ImageSource = { width: number; height: number } & (
  | { pixels: Uint8Array; channels?: 1 | 3 }
  | { fill: Rgb }
  | { seed: number | string }
);

/** The file formats the image writers produce. */
export type ImageFormat = 'png' | 'jpeg' | 'tiff';

/** The raster an `ImageSource` describes. Throws `DemoFileError` on a bad size or a pixel buffer of the wrong length. */
export function rasterOf(source: ImageSource): Raster {
  if ('pixels' in source) return pixelRaster(source.width, source.height, source.pixels, source.channels ?? 3);
  if ('fill' in source) return solidRaster(source.width, source.height, source.fill);
  return photoRaster(source.width, source.height, source.seed);
}

const DEFAULT_QUALITY = 90;

function encodeJpeg(raster: Raster, quality = DEFAULT_QUALITY): Uint8Array {
  if (!(Number.isInteger(quality) && quality >= 1 && quality <= 100))
    throw new DemoFileError(`quality must be an integer from 1 to 100, got ${quality}`);
  const encoded = encodeJpegRgba({ data: toRgba(raster), width: raster.width, height: raster.height }, quality);
  // A copy of its own: some readers (pdf-lib's JPEG embedder) ignore a view's byteOffset.
  return new Uint8Array(encoded.data);
}

/** Format options: JPEG quality 1-100 (default 90), TIFF compression (default none). */
export interface EncodeOptions {
  quality?: number;
  compression?: TiffCompression;
}

/** Encodes a raster in `format`. */
export function encodeImage(raster: Raster, format: ImageFormat, options: EncodeOptions = {}): Uint8Array {
  if (format === 'png') return encodePng(raster);
  if (format === 'jpeg') return encodeJpeg(raster, options.quality);
  if (format === 'tiff') return encodeTiff([raster], options.compression);
  throw new DemoFileError(`unknown image format ${String(format)}`);
}

/** A PNG (8-bit RGB or gray) of `source`. */
export function pngImage(source: ImageSource): Uint8Array {
  return encodePng(rasterOf(source));
}

/** A baseline JPEG (jpeg-js, 4:2:0) of `source` at `quality` 1-100 (default 90). */
export function jpegImage(source: ImageSource & { quality?: number }): Uint8Array {
  return encodeJpeg(rasterOf(source), source.quality);
}

/** A baseline TIFF (8-bit RGB or gray strips, uncompressed or PackBits) with one page per source: one or many. */
export function tiffImage(
  source: ImageSource | readonly ImageSource[],
  options: { compression?: TiffCompression } = {},
): Uint8Array {
  const pages = Array.isArray(source) ? source : [source as ImageSource];
  if (pages.length === 0) throw new DemoFileError('a TIFF needs at least one page');
  return encodeTiff(pages.map(rasterOf), options.compression);
}

/** What `textImage` draws and how it encodes it. */
export interface TextImageOptions extends EncodeOptions {
  lines: readonly string[];
  /** Image width in pixels; by default the longest line plus margins (longer lines are clipped). */
  width?: number;
  /** Multiplies the 32 px font size (default 1). */
  scale?: number;
  /** File format (default png). */
  format?: ImageFormat;
}

/**
 * An image of `lines` in black DejaVu Sans on white (8-bit gray; a JPEG is RGB), large enough for OCR engines:
 * what a scanned page or a photographed label looks like to a demo OCR service.
 */
export function textImage(options: TextImageOptions): Uint8Array {
  return encodeImage(textRaster(options), options.format ?? 'png', options);
}
