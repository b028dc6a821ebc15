/**
 * One bench measurement in its own process (so its peak RSS is its own): `measure.ts <mode> <file>` prints
 * `{ bytes, ms, maxRssMiB }`. Modes: `gunzip` (read and gunzip, no parsing: the floor), `fastq` (parse every read),
 * `fastq-sample` (the QC stage's default, first 10,000 reads), `vcf` (parse every record).
 */
import { createReadStream } from 'node:fs';
import { feedStream } from '../../src/domain/decoded-stream';
import { createFastqParser } from '../../src/domain/fastq-parser';
import { DEFAULT_QC_SAMPLE_SIZE } from '../../src/domain/settings';
import { createVcfParser } from '../../src/domain/vcf-parser';

const HIGH_WATER_MARK = 1024 * 1024;

async function measure(mode: string, file: string): Promise<{ bytes: number; ms: number; maxRssMiB: number }> {
  const body = createReadStream(file, { highWaterMark: HIGH_WATER_MARK });
  const started = performance.now();
  let bytes = 0;
  if (mode === 'gunzip') {
    ({ bytes } = await feedStream(body, true, () => true));
  } else if (mode === 'vcf') {
    const parser = createVcfParser();
    ({ bytes } = await feedStream(body, true, (chunk) => parser.push(chunk)));
    parser.end();
  } else {
    const parser = createFastqParser(mode === 'fastq' ? Number.MAX_SAFE_INTEGER : DEFAULT_QC_SAMPLE_SIZE);
    ({ bytes } = await feedStream(body, true, (chunk) => parser.push(chunk)));
    parser.end().finish(20);
  }
  const ms = performance.now() - started;
  return { bytes, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

if (require.main === module) {
  const [mode = 'gunzip', file = ''] = process.argv.slice(2);
  measure(mode, file).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
