/**
 * The demo layouts: GDSII libraries with hierarchy (SREF, AREF), several layers, paths and text; a minimal OASIS
 * file; and three files that must fail (truncated, an unknown record type, a reference cycle).
 */
import { type GdsElement, type GdsLibrary, type Point, writeGds } from '../src/domain/gds/gds-writer';
import { writeOasis } from '../src/domain/oasis/oasis-writer';

const rect = (layer: number, x: number, y: number, w: number, h: number, datatype = 0): GdsElement => ({
  kind: 'boundary',
  layer,
  datatype,
  xy: [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ],
});
const wire = (layer: number, width: number, ...xy: Point[]): GdsElement => ({
  kind: 'path',
  layer,
  datatype: 0,
  width,
  xy,
});
const label = (layer: number, x: number, y: number, text: string): GdsElement => ({
  kind: 'text',
  layer,
  texttype: 0,
  xy: [x, y],
  text,
});
const sref = (sname: string, x: number, y: number): GdsElement => ({ kind: 'sref', sname, xy: [x, y] });
/** An AREF of `cols` x `rows` placements of `sname` from (x, y), `dx` and `dy` apart. */
export const aref = (
  sname: string,
  cols: number,
  rows: number,
  x: number,
  y: number,
  dx: number,
  dy: number,
): GdsElement => ({
  kind: 'aref',
  sname,
  cols,
  rows,
  xy: [
    [x, y],
    [x + cols * dx, y],
    [x, y + rows * dy],
  ],
});
const UNITS = { userUnitsPerDbUnit: 0.001, metersPerDbUnit: 1e-9 };

/** A standard-cell SoC: TOP -> CORE -> ROW -> NAND2/INV (depth 4), pads, and one empty spare cell. */
export const SOC: GdsLibrary = {
  name: 'SOC_TOP',
  ...UNITS,
  structures: [
    {
      name: 'NAND2',
      elements: [rect(1, 0, 0, 1200, 800), rect(2, 300, -100, 100, 1000), rect(2, 800, -100, 100, 1000)],
    },
    {
      name: 'INV',
      elements: [rect(1, 0, 0, 800, 800), rect(2, 350, -100, 100, 1000), wire(10, 120, [0, 400], [800, 400])],
    },
    { name: 'ROW', elements: [aref('NAND2', 8, 1, 0, 0, 1400, 0), sref('INV', 11200, 0), sref('INV', 12200, 0)] },
    {
      name: 'CORE',
      elements: [aref('ROW', 1, 16, 0, 0, 0, 1200), wire(11, 200, [0, -500], [13000, -500]), label(63, 0, -600, 'VDD')],
    },
    { name: 'PAD', elements: [rect(20, 0, 0, 5000, 5000), label(63, 2500, 2500, 'IO')] },
    {
      name: 'TOP',
      elements: [
        rect(0, -10000, -10000, 40000, 40000),
        sref('CORE', 0, 0),
        sref('PAD', -9000, -9000),
        sref('PAD', 24000, -9000),
        sref('PAD', -9000, 24000),
        sref('PAD', 24000, 24000),
      ],
    },
    { name: 'SPARE_EMPTY', elements: [] },
  ],
};

/** An SRAM macro: bit cells in an AREF, a bank, the macro; its I/O ring is an external (unresolved) cell. */
export const SRAM: GdsLibrary = {
  name: 'SRAM_IP',
  ...UNITS,
  structures: [
    {
      name: 'BITCELL',
      elements: [rect(1, 0, 0, 500, 300), rect(2, 100, 0, 60, 300), wire(10, 50, [0, 150], [500, 150])],
    },
    { name: 'COLUMN', elements: [aref('BITCELL', 1, 64, 0, 0, 0, 300), wire(12, 80, [250, 0], [250, 19200])] },
    { name: 'BANK', elements: [aref('COLUMN', 32, 1, 0, 0, 500, 0), rect(11, 0, 19300, 16000, 200)] },
    { name: 'SRAM_32X64', elements: [sref('BANK', 0, 0), sref('EXT_IO', 0, -2000), label(63, 0, 0, 'SRAM')] },
  ],
};

/** A test chip whose hierarchy is 20 cells deep (over MAX_HIERARCHY_DEPTH 16), with one shape on layer 300. */
export const DEEP: GdsLibrary = {
  name: 'DEEP_TEST',
  ...UNITS,
  structures: Array.from({ length: 20 }, (_, level) => ({
    name: `LEVEL_${String(level).padStart(2, '0')}`,
    elements:
      level === 19
        ? [rect(300, 0, 0, 100, 100), rect(5, 0, 0, 50, 50)]
        : [sref(`LEVEL_${String(level + 1).padStart(2, '0')}`, 10, 10), rect(5, 0, 0, 200 - level, 200 - level)],
  })),
};

/** Two cells that place each other: no hierarchy depth exists. */
export const CYCLIC: GdsLibrary = {
  name: 'CYCLIC',
  ...UNITS,
  structures: [
    { name: 'A', elements: [sref('B', 0, 0), rect(1, 0, 0, 10, 10)] },
    { name: 'B', elements: [sref('A', 100, 0)] },
  ],
};

/** The first bytes of the SRAM library: the stream stops inside a record. */
export const TRUNCATED_AT = 301;

/** The SoC library with its 4th record's type byte set to 0x7F (no such GDSII record). */
function badRecordType(): Uint8Array {
  const bytes = writeGds(SOC);
  let offset = 0;
  for (let record = 0; record < 3; record += 1) offset += ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
  bytes[offset + 2] = 0x7f;
  return bytes;
}

/** Key -> bytes of every demo layout (the demo data without its note). */
export function demoLayouts(): Record<string, Uint8Array> {
  return {
    'designs/soc/soc_top.gds': writeGds(SOC),
    'designs/ip/sram_macro.gds2': writeGds(SRAM),
    'designs/test/deep_chain.gds': writeGds(DEEP),
    'designs/analog/pll_block.oas': writeOasis({ unit: 1000, cells: ['PLL_CORE', 'VCO', 'CHARGE_PUMP'] }),
    'designs/broken/truncated_sram.gds': writeGds(SRAM).subarray(0, TRUNCATED_AT),
    'designs/broken/bad_record_type.gds': badRecordType(),
    'designs/broken/cyclic_refs.gds': writeGds(CYCLIC),
  };
}
