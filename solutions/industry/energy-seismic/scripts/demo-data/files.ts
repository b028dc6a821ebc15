/**
 * Every demo file by its path under demo-data/: two valid SEG-Y lines (rev1 big-endian IBM float with an EBCDIC
 * header; rev2 little-endian IEEE float with the byte-order field and an ASCII header), two broken ones (shorter
 * than 3,600 bytes; a partial last trace), two LAS 2.0 logs and a CSV log with injected spikes and nulls, and a
 * LAS log with WRAP YES.
 */
import { type CurveSpec, type LogSpec, writeCsvLog, writeLas } from './las-writer';
import { type SegySpec, writeSegy } from './segy-writer';
import { syntheticLog, syntheticTraces } from './survey';

const encoder = new TextEncoder();

const rev1: SegySpec = {
  cards: [
    'C 1 CLIENT DEMO ENERGY          COMPANY DEMO GEOPHYSICAL    CREW NO 7',
    'C 2 LINE 101            AREA NORTH BLOCK',
    'C 3 REEL NO 1           DAY-START OF REEL 15 YEAR 2026 OBSERVER DEMO',
    'C 4 INSTRUMENT: DEMO    MODEL 1         SERIAL NO 42',
    'C 5 DATA TRACES/RECORD 1  AUXILIARY TRACES/RECORD 0  CDP FOLD 1',
    'C 6 SAMPLE INTERVAL 2 MS  SAMPLES/TRACE 250  BITS/IN  BYTES/SAMPLE 4',
    'C 7 RECORDING FORMAT SEG-Y REV1  FORMAT THIS REEL IBM FLOAT  MEASUREMENT SYSTEM METERS',
    'C39 SEG Y REV1',
    'C40 END TEXTUAL HEADER',
  ],
  encoding: 'ebcdic',
  byteOrder: 'big-endian',
  byteOrderField: false,
  revision: [1, 0],
  sampleInterval: 2000,
  samplesPerTrace: 250,
  formatCode: 1,
  fixedLength: true,
  extendedTextualHeaders: 0,
  lineNumber: 101,
};

const rev2: SegySpec = {
  ...rev1,
  cards: ['C 1 CLIENT DEMO ENERGY  LINE 102  LITTLE-ENDIAN IEEE FLOAT', 'C39 SEG-Y_REV2.0', 'C40 END TEXTUAL HEADER'],
  encoding: 'ascii',
  byteOrder: 'little-endian',
  byteOrderField: true,
  revision: [2, 0],
  sampleInterval: 4000,
  samplesPerTrace: 200,
  formatCode: 5,
  extendedTextualHeaders: 1,
  lineNumber: 102,
};

const CURVES: CurveSpec[] = [
  { mnemonic: 'DEPT', unit: 'M', description: 'DEPTH' },
  { mnemonic: 'GR', unit: 'GAPI', description: 'GAMMA RAY' },
  { mnemonic: 'RHOB', unit: 'G/C3', description: 'BULK DENSITY' },
  { mnemonic: 'NPHI', unit: 'V/V', description: 'NEUTRON POROSITY' },
  { mnemonic: 'DT', unit: 'US/M', description: 'SONIC TRANSIT TIME' },
];
const SHAPES = [
  { base: 75, swing: 20, noise: 6 },
  { base: 2.45, swing: 0.1, noise: 0.04 },
  { base: 0.22, swing: 0.05, noise: 0.02 },
  { base: 300, swing: 25, noise: 8 },
];

const wellA: LogSpec = {
  well: 'DEMO A-1',
  company: 'DEMO ENERGY',
  uwi: '100010100101W500',
  nullValue: -999.25,
  curves: CURVES,
  rows: syntheticLog(
    {
      startDepth: 1500,
      step: 0.5,
      rows: 300,
      curves: SHAPES,
      spikes: [
        [1, 40, 400],
        [1, 210, 390],
        [2, 120, 3.6],
        [4, 250, 700],
      ],
      nulls: [
        [3, 10],
        [3, 11],
        [4, 90],
      ],
    },
    101,
  ),
};

const wellB: LogSpec = {
  ...wellA,
  well: 'DEMO B-2',
  uwi: '100020200202W500',
  rows: syntheticLog(
    { startDepth: 2000, step: 0.25, rows: 200, curves: SHAPES, spikes: [[1, 77, 420]], nulls: [[2, 5]] },
    202,
  ),
};

const wellC: LogSpec = {
  ...wellA,
  well: 'DEMO C-3',
  curves: [...CURVES.slice(0, 2), { mnemonic: 'RES', unit: 'OHMM', description: 'RESISTIVITY' }],
  rows: syntheticLog(
    {
      startDepth: 800,
      step: 1,
      rows: 150,
      curves: [SHAPES[0] as (typeof SHAPES)[0], { base: 12, swing: 3, noise: 1 }],
      spikes: [[2, 60, 95]],
      nulls: [[1, 3]],
    },
    303,
  ),
};

/** The demo files by relative path. */
export function demoFiles(): Record<string, Uint8Array> {
  const line101 = writeSegy(rev1, syntheticTraces(24, rev1.samplesPerTrace, rev1.sampleInterval, 11));
  const line102 = writeSegy(rev2, syntheticTraces(16, rev2.samplesPerTrace, rev2.sampleInterval, 12));
  return {
    'seismic/line-101-rev1.segy': line101,
    'seismic/line-102-rev2-little-endian.sgy': line102,
    'seismic/line-103-truncated.segy': line101.slice(0, 1800),
    'seismic/line-104-partial-trace.segy': line101.slice(0, line101.length - 300),
    'well-logs/well-a1.las': encoder.encode(writeLas(wellA)),
    'well-logs/well-b2.las': encoder.encode(writeLas(wellB)),
    'well-logs/well-c3.csv': encoder.encode(writeCsvLog(wellC)),
    'well-logs/well-d4-wrapped.las': encoder.encode(writeLas({ ...wellB, well: 'DEMO D-4', wrap: true })),
  };
}
