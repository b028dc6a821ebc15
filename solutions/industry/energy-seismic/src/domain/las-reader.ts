/**
 * A streaming reader of LAS 2.0 well logs (Canadian Well Logging Society): sections ~V (version, WRAP), ~W (well,
 * NULL), ~C (curves), ~P and ~O (read past), then ~A, one depth row per line. `WRAP YES` is refused with
 * LasWrapNotSupportedError; every other departure from the layout is a LasFormatError with line and byte offset.
 */
import { LasFormatError, LasWrapNotSupportedError } from '../errors';
import { lasNumber, parseLasHeaderLine } from './las-line';
import { type Line, tokens } from './line-reader';
import { type Curve, DEFAULT_NULL_VALUE, type WellLogHeader, type WellLogVisitor } from './well-log-types';

/** Most ~W entries kept, and characters kept of each value (the rest is read past). */
const MAX_WELL_ENTRIES = 100;
const MAX_VALUE_CHARS = 200;
/** Most curves a log may declare. */
export const MAX_CURVES = 500;

interface LasState {
  section: string | undefined;
  version: string | undefined;
  wrap: string | undefined;
  nullValue: number;
  well: Record<string, string>;
  curves: Curve[];
  header: WellLogHeader | undefined;
}

const at = (line: Line) => `line ${line.number} at byte offset ${line.offset}`;

function startSection(state: LasState, line: Line, visitor: WellLogVisitor): void {
  const letter = (line.text.trimStart()[1] ?? '').toUpperCase();
  if (state.section === undefined && letter !== 'V') {
    throw new LasFormatError(`${at(line)}: the first section is ~${letter}, LAS 2.0 starts with ~V`);
  }
  if (state.section === 'A') throw new LasFormatError(`${at(line)}: section ~${letter} after ~A, which must be last`);
  state.section = letter;
  if (letter !== 'A') return;
  if (state.version === undefined) throw new LasFormatError(`${at(line)}: ~A before ~V gave VERS`);
  if (state.wrap === undefined) throw new LasFormatError(`${at(line)}: ~A before ~V gave WRAP`);
  if (state.curves.length === 0) throw new LasFormatError(`${at(line)}: ~A before ~C defined any curve`);
  state.header = {
    format: 'las',
    version: state.version,
    nullValue: state.nullValue,
    well: state.well,
    curves: state.curves,
  };
  visitor.header(state.header);
}

function headerLine(state: LasState, line: Line): void {
  if (state.section === 'O') return;
  const entry = parseLasHeaderLine(line);
  const mnemonic = entry.mnemonic.toUpperCase();
  if (state.section === 'V' && mnemonic === 'VERS') {
    if (lasNumber(entry.data, line, 'VERS') !== 2) {
      throw new LasFormatError(`${at(line)}: VERS is ${entry.data}; only LAS 2.0 is read`);
    }
    state.version = entry.data;
  } else if (state.section === 'V' && mnemonic === 'WRAP') {
    const wrap = entry.data.toUpperCase();
    if (wrap === 'YES') throw new LasWrapNotSupportedError(`${at(line)}: WRAP YES (wrapped depth rows) is not read`);
    if (wrap !== 'NO') throw new LasFormatError(`${at(line)}: WRAP is "${entry.data.slice(0, 20)}", not YES or NO`);
    state.wrap = wrap;
  } else if (state.section === 'W') {
    if (mnemonic === 'NULL') state.nullValue = lasNumber(entry.data, line, 'NULL');
    if (Object.keys(state.well).length < MAX_WELL_ENTRIES) state.well[mnemonic] = entry.data.slice(0, MAX_VALUE_CHARS);
  } else if (state.section === 'C') {
    if (state.curves.length >= MAX_CURVES) throw new LasFormatError(`${at(line)}: more than ${MAX_CURVES} curves`);
    state.curves.push({ mnemonic: entry.mnemonic, unit: entry.unit, description: entry.description });
  }
}

function dataLine(state: LasState, header: WellLogHeader, line: Line, visitor: WellLogVisitor): void {
  const cells = tokens(line.text);
  if (cells.length !== header.curves.length) {
    throw new LasFormatError(`${at(line)}: ${cells.length} values, ~C defines ${header.curves.length} curves`);
  }
  const values = cells.map((cell, index) => {
    const value = lasNumber(cell, line, `value of ${header.curves[index]?.mnemonic}`);
    return value === state.nullValue ? null : value;
  });
  visitor.row({ values, line: line.number, offset: line.offset });
}

/** Reads the lines of a LAS 2.0 file, calling `visitor`; returns the header. */
export async function readLas(lines: AsyncIterable<readonly Line[]>, visitor: WellLogVisitor): Promise<WellLogHeader> {
  const state: LasState = {
    section: undefined,
    version: undefined,
    wrap: undefined,
    nullValue: DEFAULT_NULL_VALUE,
    well: {},
    curves: [],
    header: undefined,
  };
  let end = 0;
  for await (const batch of lines)
    for (const line of batch) {
      end = line.offset + line.text.length;
      const text = line.text.trimStart();
      if (text === '' || text.startsWith('#')) continue;
      if (text.startsWith('~')) startSection(state, line, visitor);
      else if (state.section === undefined) throw new LasFormatError(`${at(line)}: data before the first section`);
      else if (state.header !== undefined) dataLine(state, state.header, line, visitor);
      else headerLine(state, line);
    }
  if (state.header === undefined) throw new LasFormatError(`no ~A section before the end at byte offset ${end}`);
  return state.header;
}
