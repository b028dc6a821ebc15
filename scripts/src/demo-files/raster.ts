/** An 8-bit image in memory: row-major samples, 1 (gray) or 3 (RGB) per pixel. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly data: Uint8Array;
}

/** An RGB colour, each component 0-255. */
export type Rgb = readonly [number, number, number];

/** Raised when a writer is asked for something it cannot produce (a zero size, pixels of the wrong length...). */
export class DemoFileError extends Error {
  override readonly name = 'DemoFileError';
}

const MAX_SIDE = 16384;

/** Checks that `width` x `height` is a drawable size. Throws `DemoFileError` otherwise. */
export function checkSize(width: number, height: number): void {
  for (const [label, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_SIDE)
      throw new DemoFileError(`${label} must be an integer from 1 to ${MAX_SIDE}, got ${value}`);
  }
}

/** A raster of one colour. */
export function solidRaster(width: number, height: number, fill: Rgb): Raster {
  checkSize(width, height);
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i += 3) data.set(fill, i);
  return { width, height, channels: 3, data };
}

/** Wraps caller pixels (RGB, or gray with `channels` 1), checking their length. */
export function pixelRaster(width: number, height: number, pixels: Uint8Array, channels: 1 | 3 = 3): Raster {
  checkSize(width, height);
  const expected = width * height * channels;
  if (pixels.length !== expected)
    throw new DemoFileError(
      `pixels must hold ${expected} bytes (${width}x${height}x${channels}), got ${pixels.length}`,
    );
  return { width, height, channels, data: pixels };
}

/** The raster with 3 channels (gray samples repeated); the same raster when it already has 3. */
export function toRgb(raster: Raster): Raster {
  if (raster.channels === 3) return raster;
  const data = new Uint8Array(raster.width * raster.height * 3);
  for (let i = 0; i < raster.data.length; i += 1) {
    const value = raster.data[i] ?? 0;
    data[i * 3] = value;
    data[i * 3 + 1] = value;
    data[i * 3 + 2] = value;
  }
  return { width: raster.width, height: raster.height, channels: 3, data };
}

/** RGBA samples (alpha 255), as JPEG encoders take them. */
export function toRgba(raster: Raster): Uint8Array {
  const rgb = toRgb(raster).data;
  const out = new Uint8Array(raster.width * raster.height * 4);
  for (let src = 0, dst = 0; src < rgb.length; src += 3, dst += 4) {
    out[dst] = rgb[src] ?? 0;
    out[dst + 1] = rgb[src + 1] ?? 0;
    out[dst + 2] = rgb[src + 2] ?? 0;
    out[dst + 3] = 255;
  }
  return out;
}

/** The parts one after the other, in a new array of its own (offset 0, as some readers assume). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** An RGB raster whose pixel at column `x`, row `y` is `pixel(x, y)` (a gradient, a pattern, a frame of a clip). */
export function drawnRaster(width: number, height: number, pixel: (x: number, y: number) => Rgb): Raster {
  checkSize(width, height);
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) data.set(pixel(x, y), (y * width + x) * 3);
  return { width, height, channels: 3, data };
}
