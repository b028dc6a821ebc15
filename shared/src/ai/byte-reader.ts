/** Bounds-checked big- and little-endian reads for the image header parsers. */
import { InvalidImageError } from '../errors';

/** Throws InvalidImageError unless `bytes` holds at least `end` bytes; `what` names the truncated structure. */
export function requireBytes(bytes: Uint8Array, end: number, what: string): void {
  if (bytes.length < end) {
    throw new InvalidImageError(`Truncated image header: ${what} needs ${end} bytes, got ${bytes.length}`);
  }
}

/** Unsigned 16-bit big-endian value at `offset` (caller checked the bounds). */
export function uint16be(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

/** Unsigned 32-bit big-endian value at `offset` (caller checked the bounds). */
export function uint32be(bytes: Uint8Array, offset: number): number {
  return uint16be(bytes, offset) * 0x10000 + uint16be(bytes, offset + 2);
}

/** Unsigned little-endian value of `length` (1-4) bytes at `offset` (caller checked the bounds). */
export function uintLe(bytes: Uint8Array, offset: number, length: number): number {
  let value = 0;
  for (let index = length - 1; index >= 0; index -= 1) value = value * 256 + (bytes[offset + index] ?? 0);
  return value;
}

/** Four ASCII characters at `offset`, for chunk types such as `IHDR` or `VP8L`. */
export function fourCc(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}
