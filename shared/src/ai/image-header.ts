/**
 * Image dimensions from the first bytes of a file, without decoding it: JPEG frame headers, the PNG IHDR chunk and
 * the three WebP bitstream headers. A file that is none of these, or whose header is cut short, throws a
 * {@link InvalidImageError} saying why.
 */
import { InvalidImageError } from '../errors';
import { readJpegSize } from './jpeg-header';
import { readPngSize } from './png-header';
import { readWebpSize } from './webp-header';

/** Image formats {@link readImageHeader} understands. */
export type ImageFormat = 'jpeg' | 'png' | 'webp';

/** What {@link readImageHeader} reads from an image's header. */
export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

/**
 * Reads the format and pixel size of a JPEG, PNG or WebP image from its header bytes.
 *
 * @example
 * ```ts
 * const { format, width, height } = readImageHeader(await input.getRange(key, 0, 65535));
 * ```
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length === 0) throw new InvalidImageError('Image is empty (0 bytes)');
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { format: 'jpeg', ...readJpegSize(bytes) };
  if (startsWith(bytes, 0, PNG_SIGNATURE)) return { format: 'png', ...readPngSize(bytes) };
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return { format: 'webp', ...readWebpSize(bytes) };
  throw new InvalidImageError('Unrecognised image format: expected a JPEG, PNG or WebP signature');
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return expected.every((value, index) => bytes[offset + index] === value);
}
