/** A minimal OASIS writer for demo data and tests: magic, START, CELL records by name, END (256 bytes). */
import { OASIS_MAGIC, START_RECORD } from './oasis-header';

/** An unsigned-integer, 7 bits per byte, least significant first. */
export function encodeUint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return out;
}

const string = (text: string) => [...encodeUint(text.length), ...Buffer.from(text, 'latin1')];
const CELL_BY_NAME = 14;
const END_RECORD = 2;
const END_BYTES = 256;

/** An OASIS file with `cells` (empty, named in place), `unit` database units per micron (a positive integer). */
export function writeOasis(options: { version?: string; unit: number; cells: readonly string[] }): Uint8Array {
  const start = [START_RECORD, ...string(options.version ?? '1.0'), 0, ...encodeUint(options.unit), 1];
  const cells = options.cells.flatMap((name) => [CELL_BY_NAME, ...string(name)]);
  // END: id, 12 table offsets (offset-flag 1 puts them here), padding b-string, validation scheme 0 (none).
  const tables = new Array<number>(12).fill(0);
  const padding = END_BYTES - 1 - tables.length - 2 - 1;
  const end = [END_RECORD, ...tables, ...encodeUint(padding), ...new Array<number>(padding).fill(0), 0];
  return new Uint8Array([...OASIS_MAGIC, ...start, ...cells, ...end]);
}
