/**
 * Colour and brightness descriptors measured on decoded pixels, for the DemoMode labeler. Each descriptor's
 * confidence is the share (percent, one decimal) of the sampled opaque pixels that support it, so it is as honest
 * as a histogram: a uniformly red image is `Red` at 100, a half-red half-blue one `Red` and `Blue` at 50 each.
 */
import type { Label } from './image-labeler';
import type { PngPixels } from './png-pixels';

/** Pixels sampled at most (evenly spread over the image). */
export const MAX_SAMPLED_PIXELS = 16_384;
/** Share of the sampled pixels a colour needs to be reported (10 %). */
export const MIN_COLOUR_SHARE = 0.1;

type ColourName =
  | 'Black'
  | 'White'
  | 'Grey'
  | 'Red'
  | 'Orange'
  | 'Yellow'
  | 'Green'
  | 'Cyan'
  | 'Blue'
  | 'Purple'
  | 'Pink';

const HUES: readonly [upTo: number, name: ColourName][] = [
  [15, 'Red'],
  [45, 'Orange'],
  [70, 'Yellow'],
  [170, 'Green'],
  [200, 'Cyan'],
  [260, 'Blue'],
  [300, 'Purple'],
  [345, 'Pink'],
  [360, 'Red'],
];

/** The colour name of one pixel (0-255 channels): grey levels by value, the rest by hue. */
export function colourName(red: number, green: number, blue: number): ColourName {
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const value = max / 255;
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (saturation < 0.2 || value < 0.15) {
    if (value < 0.2) return 'Black';
    return value > 0.85 ? 'White' : 'Grey';
  }
  let hue: number;
  if (max === red) hue = (60 * (green - blue)) / (max - min);
  else if (max === green) hue = 120 + (60 * (blue - red)) / (max - min);
  else hue = 240 + (60 * (red - green)) / (max - min);
  if (hue < 0) hue += 360;
  return (HUES.find(([upTo]) => hue < upTo) ?? HUES[0])?.[1] ?? 'Red';
}

/** `Dark` below 85 of 255 luma, `Bright` above 170, `Medium Brightness` between. */
export function brightnessBand(luma: number): 'Dark' | 'Medium Brightness' | 'Bright' {
  if (luma < 85) return 'Dark';
  return luma > 170 ? 'Bright' : 'Medium Brightness';
}

const share = (count: number, total: number) => Math.round((count / total) * 1000) / 10;

/** Dominant colours (each over {@link MIN_COLOUR_SHARE}) and the brightness band of the sampled opaque pixels. */
export function pixelDescriptors(pixels: PngPixels): Label[] {
  const { width, height, channels, data } = pixels;
  const total = width * height;
  const step = Math.max(1, Math.ceil(total / MAX_SAMPLED_PIXELS));
  const colours = new Map<ColourName, number>();
  const bands = new Map<string, number>();
  let sampled = 0;
  for (let index = 0; index < total; index += step) {
    const at = index * channels;
    const grey = channels <= 2;
    const red = data[at] ?? 0;
    const green = grey ? red : (data[at + 1] ?? 0);
    const blue = grey ? red : (data[at + 2] ?? 0);
    const alpha = channels === 2 || channels === 4 ? (data[at + channels - 1] ?? 0) : 255;
    if (alpha < 128) continue;
    sampled += 1;
    const name = colourName(red, green, blue);
    colours.set(name, (colours.get(name) ?? 0) + 1);
    const band = brightnessBand(0.299 * red + 0.587 * green + 0.114 * blue);
    bands.set(band, (bands.get(band) ?? 0) + 1);
  }
  if (sampled === 0) return [{ name: 'Transparent', confidence: 100, parents: ['Image Content'] }];
  const labels: Label[] = [];
  for (const [name, count] of colours) {
    if (count / sampled >= MIN_COLOUR_SHARE)
      labels.push({ name, confidence: share(count, sampled), parents: ['Colour'] });
  }
  const [band, count] = [...bands].sort((a, b) => b[1] - a[1])[0] ?? ['Dark', 0];
  labels.push({ name: band, confidence: share(count, sampled), parents: ['Brightness'] });
  return labels;
}
