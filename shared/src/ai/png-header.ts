/** PNG size from the IHDR chunk, which the format requires to come first. */
import { InvalidImageError } from '../errors';
import { fourCc, requireBytes, uint32be } from './byte-reader';

const MAX_DIMENSION = 0x7fffffff;

/** Width and height of a PNG (the bytes start with the 8-byte PNG signature). */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  // Signature (8), chunk length (4), chunk type (4), width (4), height (4).
  requireBytes(bytes, 24, 'PNG IHDR chunk');
  const type = fourCc(bytes, 12);
  if (type !== 'IHDR') throw new InvalidImageError(`Corrupt PNG: first chunk is "${type}", expected IHDR`);
  const length = uint32be(bytes, 8);
  if (length !== 13) throw new InvalidImageError(`Corrupt PNG: IHDR length is ${length}, expected 13`);
  const width = uint32be(bytes, 16);
  const height = uint32be(bytes, 20);
  if (width === 0 || height === 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
    throw new InvalidImageError(`Corrupt PNG: IHDR declares ${width}x${height} pixels`);
  }
  return { width, height };
}
