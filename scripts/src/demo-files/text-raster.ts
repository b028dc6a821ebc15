import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillOutline } from './glyph-fill';
import { type Font, type Glyph, type PathCommand, parseFont } from './opentype';
import { checkSize, DemoFileError, type Raster } from './raster';

/** Font size in pixels at scale 1: large enough for OCR engines to read reliably. */
export const BASE_FONT_PX = 32;

let font: Font | undefined;

/** DejaVu Sans, read once from the `dejavu-fonts-ttf` package (no system fonts, so every machine draws the same). */
export function demoFont(): Font {
  if (!font) {
    const dir = path.dirname(require.resolve('dejavu-fonts-ttf/package.json'));
    const bytes = readFileSync(path.join(dir, 'ttf', 'DejaVuSans.ttf'));
    font = parseFont(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  return font;
}

/**
 * The outline of `text` at `size` px with its left end of the baseline at (x, y), glyph by glyph with the font's
 * kerning (no shaping: demo text is Latin), and its advance width.
 */
export function textOutline(
  text: string,
  x: number,
  y: number,
  size: number,
): { commands: PathCommand[]; advance: number } {
  const face = demoFont();
  const unit = size / face.unitsPerEm;
  const commands: PathCommand[] = [];
  let pen = x;
  let previous: Glyph | undefined;
  for (const char of text) {
    const glyph = face.charToGlyph(char);
    if (previous) pen += face.getKerningValue(previous, glyph) * unit;
    commands.push(...glyph.getPath(pen, y, size).commands);
    pen += (glyph.advanceWidth ?? 0) * unit;
    previous = glyph;
  }
  return { commands, advance: pen - x };
}

/** What `textRaster` draws: lines of text, black on white. */
export interface TextRasterOptions {
  lines: readonly string[];
  /** Image width in pixels; by default the longest line plus margins (longer lines are clipped). */
  width?: number;
  /** Multiplies the 32 px font size, margins and line spacing (default 1). */
  scale?: number;
}

/** Renders `lines` in DejaVu Sans, black on white, as an 8-bit gray raster. */
export function textRaster(options: TextRasterOptions): Raster {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 8)) throw new DemoFileError(`scale must be above 0 and at most 8, got ${scale}`);
  if (options.lines.length === 0) throw new DemoFileError('lines must hold at least one line');
  const face = demoFont();
  const size = BASE_FONT_PX * scale;
  const margin = Math.round(size * 0.75);
  const lineHeight = Math.round(size * 1.5);
  const widest = Math.max(...options.lines.map((line) => textOutline(line, 0, 0, size).advance));
  const width = options.width ?? Math.ceil(widest) + 2 * margin;
  const height = options.lines.length * lineHeight + 2 * margin;
  checkSize(width, height);
  const coverage = new Float64Array(width * height);
  const ascent = Math.round((face.ascender / face.unitsPerEm) * size);
  options.lines.forEach((line, index) => {
    const baseline = margin + index * lineHeight + ascent;
    fillOutline(textOutline(line, margin, baseline, size).commands, coverage, width, height);
  });
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) data[i] = 255 - Math.round(255 * Math.min(1, coverage[i] ?? 0));
  return { width, height, channels: 1, data };
}
