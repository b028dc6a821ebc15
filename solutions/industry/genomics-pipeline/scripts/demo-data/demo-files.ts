/**
 * The demo data set, as bytes by relative path: FASTQ (Phred+33, gzip, one Phred+64 legacy run), a BGZF BAM header,
 * VCF and BGZF VCF with SNPs, indels, multi-allelic sites and genotypes, one corrupt FASTQ and one truncated `.gz`.
 * Sample names are made up.
 */
import { gzipSync } from 'node:zlib';
import { seededRandom } from '@fsxn-s3ap/tools/demo-files';
import { bamHeaderBytes, bgzf, fastqText, randomReads, type VcfRecord, vcfText } from './formats';

const GRCH38 = [
  { name: 'chr1', length: 248_956_422 },
  { name: 'chr2', length: 242_193_529 },
  { name: 'chr7', length: 159_345_973 },
  { name: 'chr17', length: 83_257_441 },
  { name: 'chrX', length: 156_040_895 },
  { name: 'chrM', length: 16_569 },
];

const BAM_TEXT = [
  '@HD\tVN:1.6\tSO:coordinate',
  ...GRCH38.map((reference) => `@SQ\tSN:${reference.name}\tLN:${reference.length}`),
  '@RG\tID:run01.L001\tSM:DEMO-SAMPLE-A\tPL:ILLUMINA',
  '@RG\tID:run01.L002\tSM:DEMO-SAMPLE-A\tPL:ILLUMINA',
  '@PG\tID:bwa\tPN:bwa\tVN:0.7.17',
  '@PG\tID:samtools\tPN:samtools\tPP:bwa\tVN:1.19',
  '',
].join('\n');

const BASES = 'ACGT';
/** The transition partner of each base (purine to purine, pyrimidine to pyrimidine). */
const TRANSITION: Record<string, string> = { A: 'G', G: 'A', C: 'T', T: 'C' };

/** `count` records over `chromosomes` covering SNPs, indels, MNPs, multi-allelic sites and missing calls. */
function variants(random: () => number, count: number, chromosomes: string[], samples: number): VcfRecord[] {
  const records: VcfRecord[] = [];
  const genotypes = ['0/0', '0/1', '1/1', '0|1', './.'];
  for (let index = 0; index < count; index += 1) {
    const ref = BASES[Math.floor(random() * 4)] as string;
    const others = BASES.replace(ref, '');
    const kind = index % 10;
    // About two transitions per transversion, as in human germline calls.
    let alt = random() < 0.67 ? (TRANSITION[ref] as string) : (others[Math.floor(random() * 3)] as string);
    if (kind === 3) alt = `${ref}${others.slice(0, 2)}`; // insertion
    else if (kind === 6) alt = `${alt},${others[(others.indexOf(alt) + 1) % 3]}`; // multi-allelic SNP
    const deletion = kind === 8;
    records.push({
      chromosome: chromosomes[Math.floor((index * chromosomes.length) / count)] as string,
      position: 10_000 + index * 137,
      ref: deletion ? `${ref}${others}` : ref,
      alt: deletion ? ref : alt,
      filter: kind === 5 ? 'LowQual' : kind === 9 ? '.' : 'PASS',
      genotypes: Array.from({ length: samples }, () => genotypes[Math.floor(random() * genotypes.length)] as string),
    });
  }
  return records;
}

/** Every demo file, deterministic. */
export function demoFiles(): Record<string, Buffer> {
  const random = seededRandom(7);
  const r1 = fastqText(randomReads(random, { count: 40, length: 100, meanQuality: 34, prefix: 'DEMO01:1:FC1:1' }));
  const r2 = fastqText(randomReads(random, { count: 40, length: 100, meanQuality: 32, prefix: 'DEMO01:1:FC1:2' }));
  const legacy = fastqText(randomReads(random, { count: 30, length: 76, meanQuality: 15, prefix: 'HWI-EAS1:4:1' }), 64);
  const broken = fastqText(randomReads(random, { count: 6, length: 50, meanQuality: 30, prefix: 'DEMO02:1:FC2:1' }));
  const lines = broken.split('\n');
  lines[4 * 4 + 2] = 'ACGT'; // the fifth record's third line is not '+'
  const cohort = vcfText(['DEMO-SAMPLE-A', 'DEMO-SAMPLE-B', 'DEMO-SAMPLE-C'], variants(random, 60, ['chr1', 'chr2', 'chr7', 'chrX'], 3));
  const trio = vcfText(['DEMO-CHILD', 'DEMO-MOTHER', 'DEMO-FATHER'], variants(random, 80, ['chr17', 'chrX', 'chrM'], 3));
  const truncated = gzipSync(vcfText(['DEMO-SAMPLE-D'], variants(random, 120, ['chr2'], 1)), { level: 6 });
  return {
    'runs/run-01/sample-a_R1.fastq': Buffer.from(r1),
    'runs/run-01/sample-a_R2.fastq.gz': gzipSync(r2, { level: 6 }),
    'runs/legacy/sample-b_phred64.fastq': Buffer.from(legacy),
    'runs/corrupt/sample-c_broken.fastq': Buffer.from(lines.join('\n')),
    // Small blocks so the header spans several BGZF blocks, as a large header does.
    'alignments/sample-a.bam': bgzf(bamHeaderBytes(BAM_TEXT, GRCH38), 256),
    'variants/cohort.vcf': Buffer.from(cohort),
    'variants/trio.vcf.gz': bgzf(Buffer.from(trio)),
    'variants/sample-d_truncated.vcf.gz': truncated.subarray(0, Math.floor(truncated.length / 2)),
  };
}
