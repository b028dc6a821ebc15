/**
 * `make bench` section: throughput of the SEG-Y header parse and of the well-log readers against a floor that
 * reads the same bytes and parses nothing, and the peak heap each needs above its start (sampled per chunk).
 */
import { byteChunks, drainChunks, heapPeak } from '@fsxn-s3ap/tools/bench';
import { writeLas } from '../scripts/demo-data/las-writer';
import { type SegySpec, writeSegyHeader } from '../scripts/demo-data/segy-writer';
import { syntheticLog } from '../scripts/demo-data/survey';
import { readLines } from '../src/domain/line-reader';
import { parseSegyHeader } from '../src/domain/segy-header';
import { traceCountOf } from '../src/domain/segy-traces';
import { analyseWellLog } from '../src/domain/well-log-anomalies';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const HEADERS = 20_000;
const LOG_ROWS = 200_000;
const CHUNK = 64 * 1024;

const header = writeSegyHeader({
  cards: ['C 1 BENCH LINE'],
  encoding: 'ebcdic',
  byteOrder: 'big-endian',
  byteOrderField: false,
  revision: [1, 0],
  sampleInterval: 2000,
  samplesPerTrace: 1500,
  formatCode: 1,
  fixedLength: true,
  extendedTextualHeaders: 0,
} satisfies SegySpec);

/** The bytes as chunks of {@link CHUNK}, sampling the heap every 16 chunks. */
const chunks = (bytes: Uint8Array, sample: () => void): AsyncGenerator<Uint8Array> =>
  byteChunks([bytes], CHUNK, sample);

type Row = [string, number, number, string];

async function measure(name: string, bytes: number, work: (sample: () => void) => Promise<void> | void): Promise<Row> {
  const peak = heapPeak();
  const started = performance.now();
  await work(peak.sample);
  peak.sample();
  return [name, bytes, performance.now() - started, peak.mib()];
}

async function run(): Promise<string> {
  const sizes = { segy: HEADERS * header.length };
  const las = new TextEncoder().encode(
    writeLas({
      well: 'BENCH',
      company: 'BENCH',
      uwi: '1',
      nullValue: -999.25,
      curves: ['DEPT', 'GR', 'RHOB', 'NPHI', 'DT'].map((mnemonic) => ({ mnemonic, unit: 'U', description: mnemonic })),
      rows: syntheticLog(
        {
          startDepth: 1000,
          step: 0.1,
          rows: LOG_ROWS,
          curves: [75, 2.4, 0.2, 300].map((base) => ({ base, swing: base / 5, noise: base / 20 })),
          spikes: [[1, 5000, 900]],
          nulls: [[2, 7]],
        },
        7,
      ),
    }),
  );
  const rows: Row[] = [];
  rows.push(
    await measure('SEG-Y headers: read the bytes only (floor)', sizes.segy, (sample) => {
      let sum = 0;
      for (let index = 0; index < HEADERS; index += 1) {
        for (let byte = 0; byte < header.length; byte += 1) sum ^= header[byte] as number;
        if (index % 1000 === 0) sample();
      }
      if (sum === -1) throw new Error('unreachable');
    }),
    await measure('SEG-Y headers: parse + trace count', sizes.segy, (sample) => {
      for (let index = 0; index < HEADERS; index += 1) {
        traceCountOf(parseSegyHeader(header), 3600 + 100 * 6240);
        if (index % 1000 === 0) sample();
      }
    }),
    await measure('LAS: stream the bytes only (floor)', las.length, async (sample) => {
      if ((await drainChunks(chunks(las, sample))) !== las.length) throw new Error('short read');
    }),
    await measure('LAS: split into lines', las.length, async (sample) => {
      const limits = { maxLineBytes: 65536, tooLong: () => new Error('long') };
      let lines = 0;
      for await (const batch of readLines(chunks(las, sample), limits)) lines += batch.length;
      if (lines < LOG_ROWS) throw new Error(`only ${lines} lines`);
    }),
    await measure('LAS: two reads, statistics and 3-sigma flags', las.length * 2, async (sample) => {
      await analyseWellLog(async () => chunks(las, sample), 'las', { thresholdStd: 3, maxAnomalies: 1000 });
    }),
  );
  const table = rows.map(
    ([name, bytes, ms, heap]) =>
      `| ${name} | ${(bytes / 2 ** 20).toFixed(1)} | ${ms.toFixed(0)} | ${(bytes / 2 ** 20 / (ms / 1000)).toFixed(1)} | ${heap} |`,
  );
  return [
    `${HEADERS.toLocaleString('en-US')} SEG-Y file headers (3,600 bytes each, as one ranged GET returns them) and a LAS 2.0 log of ${LOG_ROWS.toLocaleString('en-US')} rows x 5 curves, from memory in ${CHUNK / 1024} KiB chunks.`,
    '',
    '| Work | MiB read | ms | MiB/s | Peak heap above start (MiB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...table,
  ].join('\n');
}

/** SEG-Y header and LAS parse throughput, against reading the bytes with no parsing. */
export const energySeismicParsersSection: BenchSectionLike = {
  title: 'Energy seismic: SEG-Y header and LAS parse throughput',
  run,
};
