/** Demo video frames as PNG: an RGB picture drawn by `pixel(x, y)`, encoded by the kit's PNG writer. */
import { drawnRaster, encodePng as encodeRaster, type Rgb } from '@fsxn-s3ap/tools/demo-files';

/** A width x height RGB PNG whose pixels come from `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  return Buffer.from(encodeRaster(drawnRaster(width, height, pixel)));
}
