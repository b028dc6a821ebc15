/** The run summary of the extraction stage: designs per format, totals, layer usage and flagged designs. */
import { sumFields } from '@fsxn-s3ap/shared/workflow';
import { emptyFlags, type FlagList, flagOf, mergeFlags } from './flag-list';

/** What one file contributes (the processor's result). */
export interface DesignFacts {
  key: string;
  format: 'GDSII' | 'OASIS';
  cellCount: number;
  elementCount: number;
  maxDepth: number;
  emptyCellCount: number;
  unresolvedCount: number;
  /** Elements per layer number. */
  layers: Record<string, number>;
  /** True when the hierarchy is deeper than MAX_HIERARCHY_DEPTH. */
  deep: boolean;
}

/** Elements and designs per layer number. */
export interface LayerUsage {
  elements: number;
  designs: number;
}

/** Totals over the designs that were read. */
export interface EdaSummary {
  gdsii: number;
  oasis: number;
  cells: number;
  elements: number;
  maxDepth: number;
  layers: Record<string, LayerUsage>;
  emptyCells: FlagList;
  deepHierarchies: FlagList;
  unresolvedReferences: FlagList;
}

export const emptySummary = (): EdaSummary => ({
  gdsii: 0,
  oasis: 0,
  cells: 0,
  elements: 0,
  maxDepth: 0,
  layers: {},
  emptyCells: emptyFlags(),
  deepHierarchies: emptyFlags(),
  unresolvedReferences: emptyFlags(),
});

const NO_USAGE: LayerUsage = { elements: 0, designs: 0 };

function mergeLayers(a: Record<string, LayerUsage>, b: Record<string, LayerUsage>): Record<string, LayerUsage> {
  const out: Record<string, LayerUsage> = {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => Number(x) - Number(y));
  for (const key of keys) out[key] = sumFields(a[key] ?? NO_USAGE, b[key] ?? NO_USAGE, ['elements', 'designs']);
  return out;
}

/** The sum of two summaries (associative and commutative). */
export function mergeSummaries(a: EdaSummary, b: EdaSummary): EdaSummary {
  return {
    ...sumFields(a, b, ['gdsii', 'oasis', 'cells', 'elements']),
    maxDepth: Math.max(a.maxDepth, b.maxDepth),
    layers: mergeLayers(a.layers, b.layers),
    emptyCells: mergeFlags(a.emptyCells, b.emptyCells),
    deepHierarchies: mergeFlags(a.deepHierarchies, b.deepHierarchies),
    unresolvedReferences: mergeFlags(a.unresolvedReferences, b.unresolvedReferences),
  };
}

/** The summary of one design. */
export function summaryOf(facts: DesignFacts): EdaSummary {
  const layers: Record<string, LayerUsage> = {};
  for (const [layer, elements] of Object.entries(facts.layers)) layers[layer] = { elements, designs: 1 };
  return {
    gdsii: facts.format === 'GDSII' ? 1 : 0,
    oasis: facts.format === 'OASIS' ? 1 : 0,
    cells: facts.cellCount,
    elements: facts.elementCount,
    maxDepth: facts.maxDepth,
    layers,
    emptyCells: flagOf(facts.emptyCellCount > 0, facts.key, facts.emptyCellCount),
    deepHierarchies: flagOf(facts.deep, facts.key, facts.maxDepth),
    unresolvedReferences: flagOf(facts.unresolvedCount > 0, facts.key, facts.unresolvedCount),
  };
}
