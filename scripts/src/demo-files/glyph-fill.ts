import type { PathCommand } from './opentype';

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  dir: 1 | -1;
}

const CURVE_STEPS = 8;
/** Sub-scanlines per pixel row; horizontal coverage is exact, so 4 gives smooth edges. */
const SUBSAMPLES = 4;

/** Straight edges of an outline: curves flattened into fixed steps (so the result never depends on the machine). */
function edgesOf(commands: readonly PathCommand[]): Edge[] {
  const edges: Edge[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const line = (toX: number, toY: number) => {
    if (toY !== y) {
      edges.push(toY > y ? { x0: x, y0: y, x1: toX, y1: toY, dir: 1 } : { x0: toX, y0: toY, x1: x, y1: y, dir: -1 });
    }
    x = toX;
    y = toY;
  };
  for (const command of commands) {
    if (command.type === 'M') {
      x = command.x;
      y = command.y;
      startX = x;
      startY = y;
    } else if (command.type === 'L') line(command.x, command.y);
    else if (command.type === 'Q') {
      const [ax, ay] = [x, y];
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        line(
          u * u * ax + 2 * u * t * command.x1 + t * t * command.x,
          u * u * ay + 2 * u * t * command.y1 + t * t * command.y,
        );
      }
    } else if (command.type === 'C') {
      const [ax, ay] = [x, y];
      for (let i = 1; i <= CURVE_STEPS; i += 1) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        line(
          a * ax + b * command.x1 + c * command.x2 + d * command.x,
          a * ay + b * command.y1 + c * command.y2 + d * command.y,
        );
      }
    } else line(startX, startY);
  }
  return edges;
}

/**
 * Adds the coverage (0-1 per pixel) of the outline `commands` (non-zero winding) to `coverage`, a row-major
 * `width` x `height` buffer. Pure arithmetic: the same outline gives the same coverage on every machine.
 */
export function fillOutline(
  commands: readonly PathCommand[],
  coverage: Float64Array,
  width: number,
  height: number,
): void {
  const edges = edgesOf(commands).sort((a, b) => a.y0 - b.y0);
  let next = 0;
  let active: Edge[] = [];
  const crossings: { x: number; dir: number }[] = [];
  const first = Math.max(0, Math.floor(edges[0]?.y0 ?? height));
  for (let row = first; row < height; row += 1) {
    for (let s = 0; s < SUBSAMPLES; s += 1) {
      const sy = row + (s + 0.5) / SUBSAMPLES;
      while (next < edges.length && (edges[next] as Edge).y0 <= sy) active.push(edges[next++] as Edge);
      active = active.filter((edge) => edge.y1 > sy);
      if (active.length === 0) continue;
      crossings.length = 0;
      for (const edge of active) {
        if (edge.y0 > sy) continue;
        crossings.push({ x: edge.x0 + ((sy - edge.y0) * (edge.x1 - edge.x0)) / (edge.y1 - edge.y0), dir: edge.dir });
      }
      crossings.sort((a, b) => a.x - b.x);
      let winding = 0;
      let spanStart = 0;
      for (const crossing of crossings) {
        const before = winding;
        winding += crossing.dir;
        if (before === 0 && winding !== 0) spanStart = crossing.x;
        else if (before !== 0 && winding === 0) addSpan(coverage, row * width, width, spanStart, crossing.x);
      }
    }
    if (next >= edges.length && active.length === 0) break;
  }
}

function addSpan(coverage: Float64Array, offset: number, width: number, from: number, to: number): void {
  const a = Math.max(0, Math.min(width, from));
  const b = Math.max(0, Math.min(width, to));
  if (b <= a) return;
  const weight = 1 / SUBSAMPLES;
  const ia = Math.floor(a);
  const ib = Math.floor(b);
  if (ia === ib) {
    coverage[offset + ia] = (coverage[offset + ia] ?? 0) + (b - a) * weight;
    return;
  }
  coverage[offset + ia] = (coverage[offset + ia] ?? 0) + (ia + 1 - a) * weight;
  for (let i = ia + 1; i < ib; i += 1) coverage[offset + i] = (coverage[offset + i] ?? 0) + weight;
  if (ib < width) coverage[offset + ib] = (coverage[offset + ib] ?? 0) + (b - ib) * weight;
}
