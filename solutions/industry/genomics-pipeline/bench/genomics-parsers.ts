/**
 * `make bench` section: FASTQ.gz and VCF.gz parse throughput on generated inputs (100 MB uncompressed each, or
 * `BENCH_GENOMICS_MB`), and each run's peak memory beside the floor of reading and gunzipping the same bytes
 * without parsing. Every measurement runs in its own process; the inputs live in a temporary folder.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeBenchInputs } from './support/inputs';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const run = promisify(execFile);
const MEASURE = path.join(__dirname, 'support', 'measure.ts');
const MiB = 1024 * 1024;

async function measure(mode: string, file: string): Promise<{ bytes: number; ms: number; maxRssMiB: number }> {
  // The child runs under the same loader as this process (tsx), so it can load TypeScript.
  const { stdout } = await run(process.execPath, [...process.execArgv, MEASURE, mode, file], { maxBuffer: MiB });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}

async function bench(): Promise<string> {
  const megabytes = Number(process.env.BENCH_GENOMICS_MB ?? 100);
  const dir = mkdtempSync(path.join(tmpdir(), 'genomics-bench-'));
  try {
    const inputs = await writeBenchInputs(dir, megabytes);
    const cases: [string, string, string][] = [
      ['FASTQ.gz: read + gunzip only (floor)', 'gunzip', inputs.fastq],
      ['FASTQ.gz: QC parse of every read', 'fastq', inputs.fastq],
      ['FASTQ.gz: QC of the first 10,000 reads (QcSampleSize)', 'fastq-sample', inputs.fastq],
      ['VCF.gz: read + gunzip only (floor)', 'gunzip', inputs.vcf],
      ['VCF.gz: statistics of every record', 'vcf', inputs.vcf],
    ];
    const rows: string[] = [];
    for (const [name, mode, file] of cases) {
      const result = await measure(mode, file);
      const compressed = statSync(file).size / MiB;
      const mbps = result.bytes / MiB / (result.ms / 1000);
      rows.push(
        `| ${name} | ${compressed.toFixed(1)} | ${(result.bytes / MiB).toFixed(1)} | ${result.ms.toFixed(0)} | ${mbps.toFixed(1)} | ${result.maxRssMiB.toFixed(0)} |`,
      );
    }
    return [
      `Generated inputs of ${megabytes} MiB uncompressed each; MiB/s counts decompressed bytes; peak RSS of the measuring process.`,
      '',
      '| Case | gz MiB | MiB read | ms | MiB/s | peak RSS MiB |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** FASTQ.gz and VCF.gz parse throughput and memory. */
export const genomicsParsersSection: BenchSectionLike = { title: 'Genomics parsers (FASTQ.gz, VCF.gz)', run: bench };
