/** Text placement state: matrices, the graphics state that places text, and clean text. */
import type { PdfFont } from './fonts';

/** A transformation matrix `[a b c d e f]`. */
export type Matrix = [number, number, number, number, number, number];
/** The identity matrix. */
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m1 × m2` in PDF's row-vector convention. */
export function multiply([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  return [
    a * a2 + b * c2,
    a * b2 + b * d2,
    c * a2 + d * c2,
    c * b2 + d * d2,
    e * a2 + f * c2 + e2,
    e * b2 + f * d2 + f2,
  ];
}

/** The parts of the graphics state that place text. */
export interface GraphicsState {
  ctm: Matrix;
  font: PdfFont | undefined;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
}

/** The text without C0 control characters (unmapped glyphs often decode to U+0000). */
export function withoutControls(text: string): string {
  let kept = '';
  for (const char of text) if (char >= ' ') kept += char;
  return kept;
}
