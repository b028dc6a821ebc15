/** The sample table (stbl) of a track: codec, sample timing, sizes and file offsets. */
import { InvalidContainerError } from '../../errors';
import { findPath, fourCc, readUint64 } from './boxes';

/** Enough of stsd, stts, stsz, stsc and stco/co64 to locate any sample in the file. */
export interface SampleTable {
  codec: string;
  /** stts runs: `count` samples of `delta` media units each. */
  timing: { count: number; delta: number }[];
  /** Size of every sample in bytes. */
  sizes: number[];
  /** stsc runs: from `firstChunk` (1-based) on, `samplesPerChunk` samples per chunk. */
  chunkRuns: { firstChunk: number; samplesPerChunk: number }[];
  /** Absolute file offset of every chunk. */
  chunkOffsets: number[];
}

/** Most entries read from one table; a larger table means a file this pattern does not need to plan fully. */
const MAX_ENTRIES = 1_000_000;

function entries(view: DataView, width: number): number {
  const count = view.getUint32(4);
  if (count > MAX_ENTRIES || 8 + count * width > view.byteLength) {
    throw new InvalidContainerError(`Sample table with ${count} entries does not fit its box`);
  }
  return count;
}

function table(stbl: DataView, base: number, type: string): DataView {
  const found = findPath(stbl, base, [type]);
  if (!found) throw new InvalidContainerError(`The video track has no ${type} box`);
  return found.view;
}

/** Reads the sample table of the stbl payload at absolute offset `base`. */
export function readSampleTable(stbl: DataView, base: number): SampleTable {
  const stsd = table(stbl, base, 'stsd');
  if (stsd.getUint32(4) < 1 || stsd.byteLength < 16) throw new InvalidContainerError('The stsd box has no entry');
  const stts = table(stbl, base, 'stts');
  const timing = Array.from({ length: entries(stts, 8) }, (_, index) => ({
    count: stts.getUint32(8 + index * 8),
    delta: stts.getUint32(12 + index * 8),
  }));
  const stsz = table(stbl, base, 'stsz');
  const fixed = stsz.getUint32(4);
  const sampleCount = stsz.getUint32(8);
  if (fixed === 0 && 12 + sampleCount * 4 > stsz.byteLength) throw new InvalidContainerError('Truncated stsz box');
  const sizes = Array.from({ length: sampleCount }, (_, index) =>
    fixed === 0 ? stsz.getUint32(12 + index * 4) : fixed,
  );
  const stsc = table(stbl, base, 'stsc');
  const chunkRuns = Array.from({ length: entries(stsc, 12) }, (_, index) => ({
    firstChunk: stsc.getUint32(8 + index * 12),
    samplesPerChunk: stsc.getUint32(12 + index * 12),
  }));
  const co64 = findPath(stbl, base, ['co64'])?.view;
  const stco = co64 ?? table(stbl, base, 'stco');
  const width = co64 ? 8 : 4;
  const chunkOffsets = Array.from({ length: entries(stco, width) }, (_, index) =>
    co64 ? readUint64(stco, 8 + index * 8) : stco.getUint32(8 + index * 4),
  );
  return { codec: fourCc(stsd, 12), timing, sizes, chunkRuns, chunkOffsets };
}

/** Index of the sample playing at media time `time` (the last sample when `time` is past the end). */
export function sampleAtTime(samples: SampleTable, time: number): number {
  let start = 0;
  let index = 0;
  for (const run of samples.timing) {
    const span = run.count * run.delta;
    if (time < start + span && run.delta > 0) return index + Math.floor((time - start) / run.delta);
    start += span;
    index += run.count;
  }
  return Math.max(0, Math.min(index, samples.sizes.length) - 1);
}

/** File offset and size of sample `index` (0-based); undefined when the tables do not cover it. */
export function locateSample(samples: SampleTable, index: number): { offset: number; size: number } | undefined {
  const size = samples.sizes[index];
  if (size === undefined) return undefined;
  let sample = 0;
  for (let run = 0; run < samples.chunkRuns.length; run += 1) {
    const current = samples.chunkRuns[run];
    if (!current || current.samplesPerChunk === 0) return undefined;
    const nextFirst = samples.chunkRuns[run + 1]?.firstChunk ?? samples.chunkOffsets.length + 1;
    for (let chunk = current.firstChunk; chunk < nextFirst; chunk += 1) {
      if (index < sample + current.samplesPerChunk) {
        const chunkOffset = samples.chunkOffsets[chunk - 1];
        if (chunkOffset === undefined) return undefined;
        const before = samples.sizes.slice(sample, index).reduce((sum, value) => sum + value, 0);
        return { offset: chunkOffset + before, size };
      }
      sample += current.samplesPerChunk;
    }
  }
  return undefined;
}
