/** What one pass over a GDSII stream keeps: per structure, its geometry box and placements; per layer, counts. */
import type { Box } from './geometry';

/** Placements of one child structure inside a parent. */
export interface Placement {
  /** SREF instances plus AREF array members. */
  instances: number;
  /** The box of every translation vector the child is placed at. */
  offsets: Box;
}

/** One structure (cell). */
export interface Structure {
  name: string;
  offset: number;
  /** Elements of every kind, references included. */
  elements: number;
  /** SREF and AREF elements. */
  references: number;
  /** Box of its own geometry (not its children's), in database units. */
  box?: Box;
  children: Map<string, Placement>;
}

/** The library as the stream describes it. */
export interface LibraryModel {
  name: string;
  /** GDSII stream version from HEADER. */
  version: number;
  /** User units per database unit, and meters per database unit (UNITS). */
  userUnitsPerDbUnit: number;
  metersPerDbUnit: number;
  structures: Map<string, Structure>;
  /** Elements per layer number (BOUNDARY, PATH, TEXT, NODE, BOX). */
  layers: Map<number, number>;
  bytes: number;
}
