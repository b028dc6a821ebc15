/**
 * Bench inputs: FASTQ.gz and VCF.gz of about `megabytes` uncompressed, generated into a folder at bench time from a
 * pool of distinct records (more than gzip's 32 KiB window), so compression ratios look like real files.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { seededRandom } from '@fsxn-s3ap/tools/demo-files';
import { fastqText, randomReads, type VcfRecord, vcfText } from '../../scripts/demo-data/formats';

async function writeGzip(file: string, header: string, pool: string[], targetBytes: number): Promise<number> {
  const gzip = createGzip({ level: 6 });
  const done = once(gzip.pipe(createWriteStream(file)), 'finish');
  let written = 0;
  let index = 0;
  const push = async (text: string) => {
    written += text.length;
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  await push(header);
  while (written < targetBytes) {
    let batch = '';
    for (let count = 0; count < 512; count += 1, index += 1) batch += pool[index % pool.length];
    await push(batch);
  }
  gzip.end();
  await done;
  return written;
}

/** Writes `reads.fastq.gz` (150 bp reads) and `calls.vcf.gz` (3 samples) into `dir`; returns their sizes. */
export async function writeBenchInputs(dir: string, megabytes: number): Promise<{ fastq: string; vcf: string }> {
  const random = seededRandom(42);
  const target = megabytes * 1024 * 1024;
  const reads = randomReads(random, { count: 4096, length: 150, meanQuality: 32, prefix: 'BENCH:1:FC:1' });
  const fastq = path.join(dir, 'reads.fastq.gz');
  await writeGzip(
    fastq,
    '',
    reads.map((read) => fastqText([read])),
    target,
  );
  const bases = 'ACGT';
  const records: VcfRecord[] = Array.from({ length: 4096 }, (_, index) => ({
    chromosome: `chr${1 + (index % 22)}`,
    position: 10_000 + index * 173,
    ref: bases[index % 4] as string,
    alt: index % 7 === 0 ? `${bases[(index + 1) % 4]},${bases[(index + 2) % 4]}` : (bases[(index + 2) % 4] as string),
    filter: index % 5 === 0 ? 'LowQual' : 'PASS',
    genotypes: ['0/1', '1/1', '0|0'],
  }));
  const text = vcfText(['S1', 'S2', 'S3'], records);
  const cut = text.indexOf('\n', text.indexOf('#CHROM')) + 1;
  const lines = text
    .slice(cut)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${line}\n`);
  const vcf = path.join(dir, 'calls.vcf.gz');
  await writeGzip(vcf, text.slice(0, cut), lines, target);
  return { fastq, vcf };
}
