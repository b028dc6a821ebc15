/**
 * VCF parsed from raw bytes, chunk by chunk: the `##fileformat` line, meta lines, the `#CHROM` header (its column
 * count fixes every record's) and tab-separated records. Malformed input throws VcfFormatError with the byte offset
 * of the line (for `.vcf.gz`, an offset in the decompressed stream).
 */
import { VcfFormatError } from '../errors';
import { createLineSplitter } from './line-splitter';
import { addAlleles, addGenotype, emptyVcfStats, MAX_CHROMOSOMES, type VcfStats } from './vcf-stats';

/** Longest line accepted (a record of many thousand samples stays well below). */
export const MAX_VCF_LINE_BYTES = 64 * 1024 * 1024;

const HASH = 0x23;
const FIXED_COLUMNS = 8;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function isPosition(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Feeds a VCF stream; `end` checks that a header was seen and returns the statistics. */
export interface VcfParser {
  push(chunk: Uint8Array): boolean;
  end(): VcfStats;
}

/** A parser of one VCF stream. */
export function createVcfParser(maxLineBytes = MAX_VCF_LINE_BYTES): VcfParser {
  let stats = emptyVcfStats();
  let state: 'start' | 'meta' | 'records' = 'start';
  let columns = 0;
  const byChromosome = new Map<string, { chromosome: string; records: number }>();

  const record = (fields: string[], offset: number) => {
    if (fields.length !== columns) {
      throw new VcfFormatError(`record at byte ${offset} has ${fields.length} columns, the header has ${columns}`);
    }
    const [chromosome = '', position = '', , ref = '', alt = '', , filter = ''] = fields;
    if (!isPosition(position)) throw new VcfFormatError(`record at byte ${offset} has POS "${position.slice(0, 20)}"`);
    stats.records += 1;
    const counted = byChromosome.get(chromosome);
    if (counted !== undefined) counted.records += 1;
    else if (byChromosome.size < MAX_CHROMOSOMES) byChromosome.set(chromosome, { chromosome, records: 1 });
    else stats.otherChromosomeRecords += 1;
    if (filter === 'PASS') stats.filterPass += 1;
    else if (filter === '.') stats.filterMissing += 1;
    addAlleles(stats, ref, alt);
    if (columns <= FIXED_COLUMNS + 1) return;
    const gtIndex = (fields[FIXED_COLUMNS] as string).split(':').indexOf('GT');
    if (gtIndex === -1) return;
    for (let sample = FIXED_COLUMNS + 1; sample < fields.length; sample += 1) {
      const values = (fields[sample] as string).split(':', gtIndex + 1);
      addGenotype(stats, values[gtIndex] ?? '.');
    }
  };

  const splitter = createLineSplitter(
    (bytes, offset) => {
      if (bytes.length === 0) return true;
      if (state === 'records') {
        record(latin1(bytes).split('\t'), offset);
        return true;
      }
      const text = latin1(bytes);
      if (state === 'start') {
        if (!text.startsWith('##fileformat=VCF')) {
          throw new VcfFormatError(`expected a "##fileformat=VCF" line at byte ${offset}`);
        }
        state = 'meta';
      } else if (text.startsWith('#CHROM\t')) {
        columns = text.split('\t').length;
        if (columns < FIXED_COLUMNS) throw new VcfFormatError(`#CHROM header at byte ${offset} has ${columns} columns`);
        stats = emptyVcfStats(Math.max(0, columns - FIXED_COLUMNS - 1));
        state = 'records';
      } else if (bytes[0] !== HASH || bytes[1] !== HASH) {
        throw new VcfFormatError(`expected a "##" meta line or the "#CHROM" header at byte ${offset}`);
      }
      return true;
    },
    {
      maxLineBytes,
      tooLong: (offset, max) => new VcfFormatError(`line at byte ${offset} is longer than ${max} bytes`),
    },
  );

  return {
    push: (chunk) => splitter.push(chunk),
    end() {
      splitter.end();
      if (state !== 'records') throw new VcfFormatError(`no "#CHROM" header in ${splitter.offset} bytes`);
      return { ...stats, chromosomes: [...byChromosome.values()] };
    },
  };
}
