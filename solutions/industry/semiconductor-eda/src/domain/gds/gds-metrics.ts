/** One streamed pass over a GDSII file: records -> library model -> the metrics this pattern records. */
import type { Box } from './geometry';
import { analyseHierarchy } from './hierarchy';
import { createLibraryBuilder } from './library-builder';
import type { LibraryModel } from './library-model';
import { createRecordSplitter } from './record-splitter';

/** Names listed in full per file (top cells, empty cells, unresolved references); the counts are exact. */
export const MAX_LISTED_NAMES = 20;

/** What a GDSII file says about its design. Lengths and areas are in user units (UNITS' first real). */
export interface GdsMetrics {
  library: string;
  version: number;
  userUnitsPerDbUnit: number;
  metersPerDbUnit: number;
  cellCount: number;
  elementCount: number;
  referenceCount: number;
  maxDepth: number;
  topCellCount: number;
  topCells: string[];
  emptyCellCount: number;
  emptyCells: string[];
  unresolvedCount: number;
  unresolved: string[];
  /** Elements per layer number, keys ascending. */
  layers: Record<string, number>;
  bbox: Box | null;
  bboxWidth: number;
  bboxHeight: number;
  bboxArea: number;
  /** Bytes up to the end of ENDLIB. */
  bytes: number;
}

/** The metrics of a complete library model. Throws `GdsHierarchyCycleError` for a cyclic hierarchy. */
export function libraryMetrics(model: LibraryModel): GdsMetrics {
  const hierarchy = analyseHierarchy(model.structures);
  const structures = [...model.structures.values()];
  const empty = structures.filter((structure) => structure.elements === 0).map((structure) => structure.name);
  const scale = model.userUnitsPerDbUnit;
  const box = hierarchy.box;
  const bbox =
    box === undefined
      ? null
      : { minX: box.minX * scale, minY: box.minY * scale, maxX: box.maxX * scale, maxY: box.maxY * scale };
  const bboxWidth = bbox === null ? 0 : bbox.maxX - bbox.minX;
  const bboxHeight = bbox === null ? 0 : bbox.maxY - bbox.minY;
  const layers: Record<string, number> = {};
  for (const layer of [...model.layers.keys()].sort((a, b) => a - b)) layers[layer] = model.layers.get(layer) ?? 0;
  return {
    library: model.name,
    version: model.version,
    userUnitsPerDbUnit: model.userUnitsPerDbUnit,
    metersPerDbUnit: model.metersPerDbUnit,
    cellCount: structures.length,
    elementCount: structures.reduce((sum, structure) => sum + structure.elements, 0),
    referenceCount: structures.reduce((sum, structure) => sum + structure.references, 0),
    maxDepth: hierarchy.maxDepth,
    topCellCount: hierarchy.topCells.length,
    topCells: hierarchy.topCells.slice(0, MAX_LISTED_NAMES),
    emptyCellCount: empty.length,
    emptyCells: empty.slice(0, MAX_LISTED_NAMES),
    unresolvedCount: hierarchy.unresolved.length,
    unresolved: hierarchy.unresolved.slice(0, MAX_LISTED_NAMES),
    layers,
    bbox,
    bboxWidth,
    bboxHeight,
    bboxArea: bboxWidth * bboxHeight,
    bytes: model.bytes,
  };
}

/**
 * Reads a GDSII stream chunk by chunk (memory: the structure graph plus one record, never the file) and returns
 * its metrics. Throws `GdsFormatError` (with the byte offset) or `GdsHierarchyCycleError`.
 */
export async function parseGdsStream(source: AsyncIterable<Uint8Array>): Promise<GdsMetrics> {
  const builder = createLibraryBuilder();
  const splitter = createRecordSplitter(builder.visit);
  for await (const chunk of source) {
    splitter.push(chunk);
    if (splitter.stopped) break;
  }
  splitter.end();
  return libraryMetrics(builder.finish(splitter.offset));
}
