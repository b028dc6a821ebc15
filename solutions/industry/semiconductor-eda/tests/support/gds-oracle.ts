/** An independent model of a library's metrics (recursive, every AREF member enumerated), and chunked streams. */
import type { GdsElement, GdsLibrary } from '../../src/domain/gds/gds-writer';

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const grow = (box: Box | undefined, x: number, y: number, m = 0): Box => ({
  minX: Math.min(box?.minX ?? Infinity, x - m),
  minY: Math.min(box?.minY ?? Infinity, y - m),
  maxX: Math.max(box?.maxX ?? -Infinity, x + m),
  maxY: Math.max(box?.maxY ?? -Infinity, y + m),
});

const instances = (element: GdsElement): [number, number][] => {
  if (element.kind === 'sref') return [[...element.xy]];
  if (element.kind !== 'aref') return [];
  const [[x0, y0], [x1], [, y2]] = element.xy;
  const dx = (x1 - x0) / element.cols;
  const dy = (y2 - y0) / element.rows;
  const out: [number, number][] = [];
  for (let i = 0; i < element.cols; i += 1)
    for (let j = 0; j < element.rows; j += 1) out.push([x0 + i * dx, y0 + j * dy]);
  return out;
};

/** The metrics the parser must find for `library` (which must be acyclic). */
export function expectedMetrics(library: GdsLibrary) {
  const byName = new Map(library.structures.map((structure) => [structure.name, structure]));
  const referenced = new Set<string>();
  const layers: Record<string, number> = {};
  let elements = 0;
  let references = 0;
  for (const structure of library.structures) {
    for (const element of structure.elements) {
      elements += 1;
      if (element.kind === 'sref' || element.kind === 'aref') {
        references += 1;
        referenced.add(element.sname);
      } else layers[element.layer] = (layers[element.layer] ?? 0) + 1;
    }
  }
  const depth = (name: string): number => {
    const children = (byName.get(name)?.elements ?? []).filter((e) => e.kind === 'sref' || e.kind === 'aref');
    const known = children.map((e) => (e as { sname: string }).sname).filter((child) => byName.has(child));
    return 1 + Math.max(0, ...known.map(depth));
  };
  const boxOf = (name: string): Box | undefined => {
    let box: Box | undefined;
    for (const element of byName.get(name)?.elements ?? []) {
      if (element.kind === 'sref' || element.kind === 'aref') {
        const child = byName.has(element.sname) ? boxOf(element.sname) : undefined;
        if (child === undefined) continue;
        for (const [x, y] of instances(element)) {
          box = grow(box, child.minX + x, child.minY + y);
          box = grow(box, child.maxX + x, child.maxY + y);
        }
      } else {
        const points = element.kind === 'text' ? [element.xy] : element.xy;
        const margin = element.kind === 'path' ? Math.abs(element.width) / 2 : 0;
        for (const [x, y] of points) box = grow(box, x, y, margin);
      }
    }
    return box;
  };
  const topCells = library.structures.map((s) => s.name).filter((name) => !referenced.has(name));
  let box: Box | undefined;
  for (const name of topCells) {
    const cell = boxOf(name);
    if (cell) box = grow(grow(box, cell.minX, cell.minY), cell.maxX, cell.maxY);
  }
  const s = library.userUnitsPerDbUnit;
  const bbox = box && { minX: box.minX * s, minY: box.minY * s, maxX: box.maxX * s, maxY: box.maxY * s };
  return {
    library: library.name,
    cellCount: library.structures.length,
    elementCount: elements,
    referenceCount: references,
    maxDepth: Math.max(0, ...topCells.map(depth)),
    topCells,
    emptyCells: library.structures.filter((st) => st.elements.length === 0).map((st) => st.name),
    unresolved: [...referenced].filter((name) => !byName.has(name)).sort(),
    layers,
    bbox: bbox ?? null,
  };
}

/** `bytes` as an async stream of chunks of the given sizes (cycled), as an object stream would deliver it. */
export async function* chunked(bytes: Uint8Array, sizes: readonly number[] = [65_536]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  let index = 0;
  while (offset < bytes.length) {
    const size = Math.max(1, sizes[index % sizes.length] ?? 1);
    yield bytes.subarray(offset, offset + size);
    offset += size;
    index += 1;
  }
}
