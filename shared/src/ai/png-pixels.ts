/**
 * Pixels of a PNG for the DemoMode labeler: the IDAT chunks inflated with node:zlib and the row filters undone, for
 * the common layouts only (8 bits per channel, grey, grey+alpha, RGB or RGBA, not interlaced). Anything else, a
 * truncated or corrupt stream, or an image whose pixels would exceed {@link MAX_PNG_PIXEL_BYTES}, gives undefined:
 * the caller then describes the image from its header alone.
 */
import { inflateSync } from 'node:zlib';
import { fourCc, uint32be } from './byte-reader';

/** Most bytes of unfiltered pixel data decoded (a 4096 x 4096 RGBA image); larger images are not decoded. */
export const MAX_PNG_PIXEL_BYTES = 64 * 1024 * 1024;

/** Decoded pixels: `channels` bytes per pixel, row after row. */
export interface PngPixels {
  width: number;
  height: number;
  /** 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA. */
  channels: 1 | 2 | 3 | 4;
  data: Uint8Array;
}

const CHANNELS: Record<number, PngPixels['channels']> = { 0: 1, 4: 2, 2: 3, 6: 4 };

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth); undefined on an unknown filter type. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array | undefined {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[src + x] ?? 0;
      const left = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[row - stride + x - bpp] ?? 0) : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) predictor = paeth(left, up, upLeft);
      else return undefined;
      out[row + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/** The chunks of a PNG after its signature, as (type, data) pairs; stops at IEND or at a truncated chunk. */
function* chunks(bytes: Uint8Array): Generator<[string, Uint8Array]> {
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = uint32be(bytes, offset);
    const type = fourCc(bytes, offset + 4);
    const end = offset + 8 + length;
    if (end + 4 > bytes.length) return;
    yield [type, bytes.subarray(offset + 8, end)];
    if (type === 'IEND') return;
    offset = end + 4;
  }
}

/** The pixels of a PNG (bytes start with its signature), or undefined when they cannot be decoded here. */
export function decodePngPixels(bytes: Uint8Array): PngPixels | undefined {
  const parts: Uint8Array[] = [];
  let header: { width: number; height: number; channels: PngPixels['channels'] } | undefined;
  for (const [type, data] of chunks(bytes)) {
    if (type === 'IHDR') {
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      const channels = CHANNELS[colour ?? -1];
      if (data.length !== 13 || depth !== 8 || interlace !== 0 || channels === undefined) return undefined;
      header = { width: uint32be(data, 0), height: uint32be(data, 4), channels };
    } else if (type === 'IDAT') parts.push(data);
  }
  if (header === undefined || parts.length === 0) return undefined;
  const { width, height, channels } = header;
  const expected = height * (1 + width * channels);
  if (width === 0 || height === 0 || expected > MAX_PNG_PIXEL_BYTES) return undefined;
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(parts), { maxOutputLength: expected });
  } catch {
    // Corrupt or over-long deflate stream: no pixels, the header still describes the image.
    return undefined;
  }
  if (raw.length !== expected) return undefined;
  const data = unfilter(raw, width, height, channels);
  return data === undefined ? undefined : { width, height, channels, data };
}
