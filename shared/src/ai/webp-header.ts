/** WebP size from the first chunk: `VP8 ` (lossy), `VP8L` (lossless) or `VP8X` (extended). */
import { InvalidImageError } from '../errors';
import { fourCc, requireBytes, uintLe } from './byte-reader';

// RIFF header (12 bytes), then the first chunk: FourCC (4), size (4), payload from byte 20.
const PAYLOAD = 20;

/** Width and height of a WebP (the bytes start with `RIFF....WEBP`). */
export function readWebpSize(bytes: Uint8Array): { width: number; height: number } {
  requireBytes(bytes, PAYLOAD, 'WebP chunk header');
  const chunk = fourCc(bytes, 12);
  if (chunk === 'VP8 ') return readLossy(bytes);
  if (chunk === 'VP8L') return readLossless(bytes);
  if (chunk === 'VP8X') return readExtended(bytes);
  throw new InvalidImageError(`Corrupt WebP: first chunk is "${chunk}", expected VP8, VP8L or VP8X`);
}

function readLossy(bytes: Uint8Array): { width: number; height: number } {
  // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height (2 scaling bits each).
  requireBytes(bytes, PAYLOAD + 10, 'WebP VP8 frame header');
  if (((bytes[PAYLOAD] ?? 0) & 0x01) !== 0) throw new InvalidImageError('Corrupt WebP: VP8 frame is not a key frame');
  if (bytes[PAYLOAD + 3] !== 0x9d || bytes[PAYLOAD + 4] !== 0x01 || bytes[PAYLOAD + 5] !== 0x2a) {
    throw new InvalidImageError('Corrupt WebP: VP8 start code 9D 01 2A is missing');
  }
  return checked(uintLe(bytes, PAYLOAD + 6, 2) & 0x3fff, uintLe(bytes, PAYLOAD + 8, 2) & 0x3fff, 'VP8');
}

function readLossless(bytes: Uint8Array): { width: number; height: number } {
  // Signature 0x2F, then 14 bits width-1 and 14 bits height-1, little-endian bit order.
  requireBytes(bytes, PAYLOAD + 5, 'WebP VP8L header');
  if (bytes[PAYLOAD] !== 0x2f) throw new InvalidImageError('Corrupt WebP: VP8L signature 0x2F is missing');
  const bits = uintLe(bytes, PAYLOAD + 1, 4);
  return { width: (bits & 0x3fff) + 1, height: (Math.floor(bits / 0x4000) & 0x3fff) + 1 };
}

function readExtended(bytes: Uint8Array): { width: number; height: number } {
  // Flags (1), reserved (3), canvas width-1 (24 bits), canvas height-1 (24 bits).
  requireBytes(bytes, PAYLOAD + 10, 'WebP VP8X header');
  return { width: uintLe(bytes, PAYLOAD + 4, 3) + 1, height: uintLe(bytes, PAYLOAD + 7, 3) + 1 };
}

function checked(width: number, height: number, kind: string): { width: number; height: number } {
  if (width === 0 || height === 0) throw new InvalidImageError(`Corrupt WebP: ${kind} declares ${width}x${height}`);
  return { width, height };
}
