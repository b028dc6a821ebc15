/** The per-file JSON Lines row the analytics table reads (snake_case: Glue column names are lower case). */
import type { GdsMetrics } from './gds/gds-metrics';
import type { OasisHeader } from './oasis/oasis-header';

/** One row of the `design_metrics` table; figures a format does not carry are null. */
export interface DesignRow {
  key: string;
  format: 'GDSII' | 'OASIS';
  library: string | null;
  version: string;
  /** Size of a database unit in meters. */
  db_unit_meters: number;
  cell_count: number | null;
  element_count: number | null;
  reference_count: number | null;
  layer_count: number | null;
  max_depth: number | null;
  top_cell_count: number | null;
  empty_cell_count: number | null;
  bbox_width: number | null;
  bbox_height: number | null;
  bbox_area: number | null;
  bytes: number;
  execution_id: string;
}

/** The row of a GDSII file. */
export function gdsRow(key: string, metrics: GdsMetrics, bytes: number, executionId: string): DesignRow {
  return {
    key,
    format: 'GDSII',
    library: metrics.library,
    version: String(metrics.version),
    db_unit_meters: metrics.metersPerDbUnit,
    cell_count: metrics.cellCount,
    element_count: metrics.elementCount,
    reference_count: metrics.referenceCount,
    layer_count: Object.keys(metrics.layers).length,
    max_depth: metrics.maxDepth,
    top_cell_count: metrics.topCellCount,
    empty_cell_count: metrics.emptyCellCount,
    bbox_width: metrics.bbox === null ? null : metrics.bboxWidth,
    bbox_height: metrics.bbox === null ? null : metrics.bboxHeight,
    bbox_area: metrics.bbox === null ? null : metrics.bboxArea,
    bytes,
    execution_id: executionId,
  };
}

/** The row of an OASIS file: only its START record was read. */
export function oasisRow(key: string, header: OasisHeader, bytes: number, executionId: string): DesignRow {
  return {
    key,
    format: 'OASIS',
    library: null,
    version: header.version,
    db_unit_meters: 1e-6 / header.unit,
    cell_count: null,
    element_count: null,
    reference_count: null,
    layer_count: null,
    max_depth: null,
    top_cell_count: null,
    empty_cell_count: null,
    bbox_width: null,
    bbox_height: null,
    bbox_area: null,
    bytes,
    execution_id: executionId,
  };
}
