// The part of opentype.js (which ships no types) that the text rasterizer uses, typed here so that every workspace
// importing the demo files typechecks without an ambient declaration.

/** One drawing command of a glyph outline, in pixels (y grows downwards). */
export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** A glyph of a parsed font. */
export interface Glyph {
  advanceWidth?: number;
  getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
}

/** A parsed TrueType/OpenType font. */
export interface Font {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  charToGlyph(char: string): Glyph;
  getKerningValue(left: Glyph, right: Glyph): number;
}

/** Parses a font file with opentype.js. */
export function parseFont(buffer: ArrayBuffer): Font {
  const opentype = require('opentype.js') as { parse(buffer: ArrayBuffer): Font };
  return opentype.parse(buffer);
}
