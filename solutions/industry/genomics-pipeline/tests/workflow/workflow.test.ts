import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { RunAnalysis } from '../../src/domain/athena-analysis';
import type { GenomicsSummary } from '../../src/domain/report';

type GenomicsReport = RunReport<GenomicsSummary>;

const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const GOOD_FASTQ = [
  'runs/run-01/sample-a_R1.fastq',
  'runs/run-01/sample-a_R2.fastq.gz',
  'runs/legacy/sample-b_phred64.fastq',
];
const GOOD_VCF = ['variants/cohort.vcf', 'variants/trio.vcf.gz'];

function demoFiles(dir = DEMO_DIR, base = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? demoFiles(path.join(dir, entry.name), `${base}${entry.name}/`) : [`${base}${entry.name}`],
  );
}

/** A demo file's text, gunzipped when it is `.gz`: computed here without the pattern's parsers. */
function demoText(file: string): string {
  const bytes = readFileSync(path.join(DEMO_DIR, file));
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('latin1');
}

const lines = (file: string) =>
  demoText(file)
    .split('\n')
    .filter((line) => line !== '');

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let report: GenomicsReport;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    report = run.readJson<GenomicsReport>('_report.json');
  }, 180_000);

  it('succeeds with both branches, the analysis, the summary and the report', () => {
    // Assess: the error, cause and failed state are in the comparison so a failure explains itself.
    expect(runOutcome(run)).toEqual(SUCCEEDED);
    expect(run.mapRuns).toHaveLength(2);
  });

  it('processes every demo file and lists the corrupt FASTQ and the truncated gzip as failures', () => {
    // Prepare
    const files = demoFiles();
    const bytes = files.reduce((sum, file) => sum + statSync(path.join(DEMO_DIR, file)).size, 0);

    // Assess
    expect(report.discovered).toMatchObject({ objects: files.length, bytes, truncated: false });
    expect(report.processed).toMatchObject({ objects: files.length, succeeded: files.length - 2, failed: 2 });
    expect(report.failures.map((failure) => [failure.item, failure.error]).sort()).toEqual([
      ['runs/corrupt/sample-c_broken.fastq', 'FastqFormatError'],
      ['variants/sample-d_truncated.vcf.gz', 'GzipFormatError'],
    ]);
    expect(report.failures.find((failure) => failure.error === 'FastqFormatError')?.message).toMatch(/at byte \d+/);
  });

  it('sums reads and variant records as the demo files hold them', () => {
    // Prepare: FASTQ reads are 4 lines each; VCF records are the lines not starting with '#'.
    const reads = GOOD_FASTQ.reduce((sum, file) => sum + lines(file).length / 4, 0);
    const records = GOOD_VCF.reduce((sum, file) => sum + lines(file).filter((line) => !line.startsWith('#')).length, 0);

    // Assess
    expect(report.summary.fastq).toMatchObject({
      fastqFiles: 3,
      reads,
      phred64Files: 1,
      bamFiles: 1,
      bamReferences: 6,
    });
    expect(report.summary.fastq.passedFiles).toBe(2);
    expect(report.summary.vcf).toMatchObject({ vcfFiles: 2, records, samples: 6 });
  });

  it('answers the named queries with the same totals and records per chromosome', () => {
    // Act
    const analysis = run.readJson<RunAnalysis>('_athena.json');

    // Assess
    const { fastq, vcf } = report.summary;
    expect(analysis.qc).toMatchObject({ fastq_files: 3, reads: fastq.reads, passed_files: fastq.passedFiles });
    expect(analysis.qc.mean_quality).toBeCloseTo(fastq.qualitySum / fastq.bases, 9);
    expect(analysis.variants).toMatchObject({ vcf_files: 2, records: vcf.records, snps: vcf.snps, indels: vcf.indels });
    expect(analysis.variants.ti_tv_ratio).toBeCloseTo(vcf.transitions / vcf.transversions, 9);
    const perChromosome = analysis.chromosomes.reduce((sum, row) => sum + Number(row.records), 0);
    expect(perChromosome).toBe(vcf.records);
    expect(analysis.chromosomes[0]).toMatchObject({ chromosome: 'chrX', files: 2 });
  });

  it('writes the narrative without any sample name', () => {
    // Act
    const narrative = readFileSync(
      run.outputs.find((output) => output.key.endsWith('_summary.md'))?.localPath ?? '',
      'utf8',
    );

    // Assess
    expect(narrative).toContain('_Written by demo.text-generator-v1._');
    expect(narrative).toContain(
      `Ti/Tv: ${(report.summary.vcf.transitions / report.summary.vcf.transversions).toFixed(2)}`,
    );
    expect(narrative).not.toMatch(/DEMO-(SAMPLE|CHILD|MOTHER|FATHER)/);
  });

  it('never writes a read group or VCF sample name into a result', () => {
    // Act
    const written = run.outputs
      .filter((output) => /^(qc|bam-headers|variants|chromosomes|analytics)\//.test(output.key))
      .map((output) => readFileSync(output.localPath, 'utf8'));

    // Assess
    expect(written.length).toBeGreaterThanOrEqual(9);
    for (const text of written) expect(text).not.toMatch(/DEMO-(SAMPLE|CHILD|MOTHER|FATHER)/);
  });
});
