/**
 * Renders the first frame of native monochrome pixel data into a small 8-bit grayscale image while the pixel value
 * streams past: every `step`-th row and column, so memory holds the thumbnail only.
 */
import type { DicomHeader } from '../dicom/model';
import { Tags, tag } from '../dicom/tags';
import { findElement, stringOf, uint16Of } from '../dicom/values';

/** Longest side of the rendering. */
export const MAX_RENDER_SIDE = 1024;

/** Collects the thumbnail from pixel chunks. */
export interface PixelSampler {
  push(chunk: Uint8Array): void;
  /** The thumbnail, or undefined when the frame was not complete. */
  finish(): { width: number; height: number; pixels: Uint8Array } | undefined;
}

/** A sampler for `header`, or undefined when its pixels cannot be rendered (encapsulated, colour, not 8/16-bit). */
export function createPixelSampler(header: DicomHeader): PixelSampler | undefined {
  const ds = header.dataset;
  const rows = uint16Of(findElement(ds, Tags.Rows)) ?? 0;
  const columns = uint16Of(findElement(ds, Tags.Columns)) ?? 0;
  const bits = uint16Of(findElement(ds, Tags.BitsAllocated)) ?? 0;
  const shift = Math.max(0, (uint16Of(findElement(ds, tag(0x0028, 0x0101))) ?? bits) - 8);
  const samples = uint16Of(findElement(ds, Tags.SamplesPerPixel)) ?? 1;
  const photometric = stringOf(findElement(ds, Tags.PhotometricInterpretation)) ?? '';
  if (header.pixelData?.length === undefined || rows === 0 || columns === 0 || samples !== 1) return undefined;
  if ((bits !== 8 && bits !== 16) || !photometric.startsWith('MONOCHROME')) return undefined;
  const bytesPerPixel = bits / 8;
  const frameBytes = rows * columns * bytesPerPixel;
  const step = Math.max(1, Math.ceil(Math.max(rows, columns) / MAX_RENDER_SIDE));
  const width = Math.ceil(columns / step);
  const height = Math.ceil(rows / step);
  const pixels = new Uint8Array(width * height);
  const invert = photometric === 'MONOCHROME1';
  let position = 0;
  let pendingLow = 0;
  const rowBytes = columns * bytesPerPixel;
  /** The next byte position worth reading from `position` (the start of the next sampled pixel), or `position`. */
  const nextWanted = (pixel: number, row: number, col: number): number => {
    if (row % step !== 0) return (row + step - (row % step)) * rowBytes;
    if (col % step === 0) return position;
    const nextCol = col + step - (col % step);
    return nextCol >= columns ? (row + step) * rowBytes : (pixel - col + nextCol) * bytesPerPixel;
  };
  return {
    push(chunk) {
      let i = 0;
      while (i < chunk.length && position < frameBytes) {
        const pixel = Math.floor(position / bytesPerPixel);
        const row = Math.floor(pixel / columns);
        const col = pixel - row * columns;
        const wanted = nextWanted(pixel, row, col);
        if (wanted > position) {
          const skip = Math.min(wanted - position, chunk.length - i, frameBytes - position);
          i += skip;
          position += skip;
          continue;
        }
        const byte = chunk[i] ?? 0;
        i++;
        position++;
        if (bytesPerPixel === 2 && position % 2 === 1) {
          pendingLow = byte;
          continue;
        }
        const value = bytesPerPixel === 1 ? byte : Math.min(255, ((byte << 8) | pendingLow) >>> shift);
        pixels[(row / step) * width + col / step] = invert ? 255 - value : value;
      }
    },
    finish: () => (position >= frameBytes ? { width, height, pixels } : undefined),
  };
}
