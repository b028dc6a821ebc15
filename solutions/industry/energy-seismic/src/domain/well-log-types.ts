/**
 * The common shape of a well log, whichever format it comes in (LAS 2.0 or CSV): a header naming the curves and a
 * stream of depth rows. Readers call a {@link WellLogVisitor} (header once, then each row), so a log of any length
 * is read in constant memory.
 */

/** LAS's customary null value, used by CSV logs too. */
export const DEFAULT_NULL_VALUE = -999.25;
/** Longest line a well log may have. */
export const MAX_LINE_BYTES = 64 * 1024;

export type WellLogFormat = 'las' | 'csv';

/** One curve (column) of a log. */
export interface Curve {
  mnemonic: string;
  unit: string;
  description: string;
}

/** What a log says before its data. */
export interface WellLogHeader {
  format: WellLogFormat;
  /** `VERS` of a LAS file. */
  version?: string;
  nullValue: number;
  /** `~W` entries of a LAS file by mnemonic (STRT, STOP, STEP, WELL, COMP, UWI...). */
  well: Record<string, string>;
  /** The first curve is the index (depth or time). */
  curves: Curve[];
}

/** One depth row: a value per curve, null where the log holds its null value (or an empty CSV cell). */
export interface WellLogRow {
  values: Array<number | null>;
  line: number;
  offset: number;
}

/** Receives a log as it is read. */
export interface WellLogVisitor {
  header(header: WellLogHeader): void;
  row(row: WellLogRow): void;
}
