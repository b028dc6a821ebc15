/** Axis-aligned boxes in database units. */

/** A box; `minX <= maxX` and `minY <= maxY`. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The smallest box holding `box` (or nothing) and the point (x, y) widened by `margin` on each side. */
export function extendBox(box: Box | undefined, x: number, y: number, margin = 0): Box {
  if (box === undefined) return { minX: x - margin, minY: y - margin, maxX: x + margin, maxY: y + margin };
  box.minX = Math.min(box.minX, x - margin);
  box.minY = Math.min(box.minY, y - margin);
  box.maxX = Math.max(box.maxX, x + margin);
  box.maxY = Math.max(box.maxY, y + margin);
  return box;
}

/** The union of two optional boxes (a new object). */
export function unionBox(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (a === undefined) return b === undefined ? undefined : { ...b };
  if (b === undefined) return { ...a };
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** `box` translated by every offset of `offsets` (a box of translation vectors): the union of all placements. */
export function sweepBox(box: Box, offsets: Box): Box {
  return {
    minX: box.minX + offsets.minX,
    minY: box.minY + offsets.minY,
    maxX: box.maxX + offsets.maxX,
    maxY: box.maxY + offsets.maxY,
  };
}
