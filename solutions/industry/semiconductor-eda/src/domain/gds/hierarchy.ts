/**
 * The structure graph of a library (SREF/AREF edges): top cells, hierarchy depth and each cell's bounding box.
 * A placement is approximated by the child's box translated to the placement's origin: STRANS reflection,
 * magnification and rotation are not applied.
 */
import { GdsHierarchyCycleError } from '../../errors';
import { type Box, sweepBox, unionBox } from './geometry';
import type { Structure } from './library-model';

/** What the graph says about a library. */
export interface Hierarchy {
  /** Structures no other structure references, in definition order. */
  topCells: string[];
  /** Cells on the longest reference chain from a top cell (a flat library: 1; no structures: 0). */
  maxDepth: number;
  /** Union of the top cells' boxes (database units); absent when nothing has geometry. */
  box?: Box;
  /** Names referenced but not defined in the library. */
  unresolved: string[];
}

interface Frame {
  structure: Structure;
  children: string[];
  next: number;
}

/** Walks every structure once (iteratively: deep chains cannot overflow the stack). Throws on a cycle. */
export function analyseHierarchy(structures: ReadonlyMap<string, Structure>): Hierarchy {
  const depth = new Map<string, number>();
  const boxes = new Map<string, Box | undefined>();
  const onStack = new Set<string>();
  const unresolved = new Set<string>();
  const referenced = new Set<string>();
  const frame = (structure: Structure): Frame => {
    onStack.add(structure.name);
    return { structure, children: [...structure.children.keys()], next: 0 };
  };
  for (const root of structures.values()) {
    if (depth.has(root.name)) continue;
    const stack: Frame[] = [frame(root)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      const childName = top.children[top.next];
      if (childName !== undefined) {
        top.next += 1;
        referenced.add(childName);
        const child = structures.get(childName);
        if (child === undefined) unresolved.add(childName);
        else if (onStack.has(childName)) {
          const from = stack.findIndex((entry) => entry.structure.name === childName);
          const names = [...stack.slice(from).map((entry) => entry.structure.name), childName];
          throw new GdsHierarchyCycleError(`structure hierarchy has a cycle: ${names.join(' -> ')}`);
        } else if (!depth.has(childName)) stack.push(frame(child));
        continue;
      }
      let levels = 1;
      let box = top.structure.box;
      for (const [name, placement] of top.structure.children) {
        if (!structures.has(name)) continue;
        levels = Math.max(levels, 1 + (depth.get(name) ?? 0));
        const childBox = boxes.get(name);
        if (childBox !== undefined) box = unionBox(box, sweepBox(childBox, placement.offsets));
      }
      depth.set(top.structure.name, levels);
      boxes.set(top.structure.name, box);
      onStack.delete(top.structure.name);
      stack.pop();
    }
  }
  const topCells = [...structures.keys()].filter((name) => !referenced.has(name));
  let box: Box | undefined;
  let maxDepth = 0;
  for (const name of topCells) {
    box = unionBox(box, boxes.get(name));
    maxDepth = Math.max(maxDepth, depth.get(name) ?? 0);
  }
  return { topCells, maxDepth, ...(box === undefined ? {} : { box }), unresolved: [...unresolved].sort() };
}
