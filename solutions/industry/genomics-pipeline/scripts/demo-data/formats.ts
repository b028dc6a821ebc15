/**
 * Writers of the formats this pattern reads, for demo data, tests and the bench: FASTQ, VCF, BGZF (blocks with the
 * `BC` extra field, CRC-32 and the end-of-file block, as bgzip writes them) and a BAM header. Deterministic: the
 * same input always gives the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One read: its name, bases and Phred scores (one per base). */
export interface Read {
  name: string;
  sequence: string;
  qualities: number[];
}

/** FASTQ text of `reads` with qualities encoded at `offset` (33 or 64). */
export function fastqText(reads: readonly Read[], offset: 33 | 64 = 33): string {
  return reads
    .map((read) => {
      const qualities = String.fromCharCode(...read.qualities.map((score) => score + offset));
      return `@${read.name}\n${read.sequence}\n+\n${qualities}\n`;
    })
    .join('');
}

/** `count` reads of `length` bases, qualities around `meanQuality` (falling along the read), some N. */
export function randomReads(
  random: () => number,
  options: { count: number; length: number; meanQuality: number; prefix: string },
): Read[] {
  const reads: Read[] = [];
  for (let index = 0; index < options.count; index += 1) {
    let sequence = '';
    const qualities: number[] = [];
    for (let base = 0; base < options.length; base += 1) {
      const n = random() < 0.005;
      sequence += n ? 'N' : 'ACGT'[Math.floor(random() * 4)];
      const drift = Math.round((random() - 0.5) * 10 - (base * 6) / options.length);
      qualities.push(n ? 2 : Math.max(2, Math.min(41, options.meanQuality + 3 + drift)));
    }
    reads.push({ name: `${options.prefix}:${index + 1} 1:N:0:1`, sequence, qualities });
  }
  return reads;
}

/** A VCF record: CHROM, POS, REF, ALT (comma-separated), FILTER and one GT per sample. */
export interface VcfRecord {
  chromosome: string;
  position: number;
  ref: string;
  alt: string;
  filter: string;
  genotypes: string[];
}

/** VCF 4.2 text with `samples` as sample columns (GT:DP per sample) and the contigs of the records. */
export function vcfText(samples: readonly string[], records: readonly VcfRecord[]): string {
  const contigs = [...new Set(records.map((record) => record.chromosome))];
  const header = [
    '##fileformat=VCFv4.2',
    '##source=fsxn-demo',
    ...contigs.map((contig) => `##contig=<ID=${contig}>`),
    '##FILTER=<ID=LowQual,Description="Low quality">',
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Read depth">',
    ['#CHROM', 'POS', 'ID', 'REF', 'ALT', 'QUAL', 'FILTER', 'INFO', ...(samples.length > 0 ? ['FORMAT'] : []), ...samples].join('\t'),
  ];
  const lines = records.map((record, index) =>
    [
      record.chromosome,
      String(record.position),
      `rs${1000 + index}`,
      record.ref,
      record.alt,
      '50',
      record.filter,
      '.',
      ...(samples.length > 0 ? ['GT:DP', ...record.genotypes.map((gt) => `${gt}:${12 + (index % 9)}`)] : []),
    ].join('\t'),
  );
  return `${[...header, ...lines].join('\n')}\n`;
}

/** The uncompressed bytes bgzip puts in one block at most. */
export const BGZF_BLOCK_DATA = 65_280;

function bgzfBlock(data: Uint8Array): Buffer {
  const cdata = deflateRawSync(data, { level: 6 });
  const header = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0, 0]);
  header.writeUInt16LE(header.length + cdata.length + 8 - 1, 16);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, cdata, trailer]);
}

/** BGZF of `data` in blocks of at most `blockData` bytes, ending with the empty end-of-file block. */
export function bgzf(data: Uint8Array, blockData = BGZF_BLOCK_DATA, eof = true): Buffer {
  const blocks: Buffer[] = [];
  for (let start = 0; start < data.length; start += blockData) {
    blocks.push(bgzfBlock(data.subarray(start, start + blockData)));
  }
  if (eof) blocks.push(bgzfBlock(new Uint8Array(0)));
  return Buffer.concat(blocks);
}

/** The inflated BAM header: `BAM\1`, l_text, the SAM header text, n_ref and each reference. */
export function bamHeaderBytes(text: string, references: readonly { name: string; length: number }[]): Buffer {
  const parts: Buffer[] = [Buffer.from('BAM\x01', 'latin1')];
  const textBytes = Buffer.from(text, 'utf8');
  const int32 = (value: number) => {
    const bytes = Buffer.alloc(4);
    bytes.writeInt32LE(value, 0);
    return bytes;
  };
  parts.push(int32(textBytes.length), textBytes, int32(references.length));
  for (const reference of references) {
    const name = Buffer.from(`${reference.name}\0`, 'utf8');
    parts.push(int32(name.length), name, int32(reference.length));
  }
  return Buffer.concat(parts);
}
