import { gzipSync } from 'node:zlib';
import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { bamHeaderBytes, bgzf, fastqText, type Read, vcfText } from '../../../scripts/demo-data/formats';
import { emptyReads, mergeReads, type ReadsSummary, readsStage } from '../../../src/domain/reads-stage';
import { loadQcSettings } from '../../../src/domain/settings';
import { emptyVariants, mergeVariants, type VariantsSummary, variantsStage } from '../../../src/domain/variant-stage';

const settings = { sampleSize: 3, qualityThreshold: 20, maxBamHeaderBytes: 1 << 20 };
const reads = (count: number, quality: number): Read[] =>
  Array.from({ length: count }, (_, index) => ({
    name: `r${index}`,
    sequence: 'GGCA',
    qualities: [quality, 2, quality, quality],
  }));

function batch(kit: ReturnType<typeof testKit>) {
  return { Items: kit.input.summaries(), BatchInput: { executionId: 'exec-1' } };
}

describe('reads stage (route fastq)', () => {
  it('writes QC for FASTQ and FASTQ.gz, the BAM header, and a failure record for a corrupt FASTQ', async () => {
    // Prepare
    const kit = testKit({
      files: {
        'good.fastq': fastqText(reads(5, 35)),
        'low.fastq.gz': gzipSync(fastqText(reads(2, 10))),
        'sample.bam': bgzf(bamHeaderBytes('@HD\tVN:1.6\n@RG\tID:a\tSM:JANE-DOE\n', [{ name: 'chr1', length: 100 }])),
        'broken.fastq': '@r\nACGT\nACGT\nIIII\n',
      },
    });

    // Act
    const outcome = await createItemHandler(routeStage('fastq', readsStage), { ...kit, settings })(batch(kit));

    // Assess
    expect(outcome).toMatchObject({ objects: 4, succeeded: 3, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: 'broken.fastq', error: 'FastqFormatError' });
    expect(outcome.summary.fastq).toMatchObject({
      fastqFiles: 2,
      passedFiles: 1,
      sampledFiles: 1,
      reads: 5,
      bamFiles: 1,
    });
    const written = [...kit.output.objects.entries()];
    const good = written.find(([key]) => key.startsWith('out/qc/') && key.includes('good.fastq'))?.[1] as Record<
      string,
      unknown
    >;
    expect(good).toMatchObject({
      key: 'good.fastq',
      reads: 3,
      sampled: true,
      passed_qc: true,
      phred_offset: 33,
      gc_percent: 75,
    });
    expect(written.some(([key]) => key.startsWith('out/bam-headers/'))).toBe(true);
    expect(JSON.stringify(written)).not.toContain('JANE-DOE');
  });
});

describe('variants stage (route vcf)', () => {
  it('writes one line per file and one per chromosome', async () => {
    // Prepare
    const records = [
      { chromosome: 'chr1', position: 5, ref: 'A', alt: 'G', filter: 'PASS', genotypes: ['0/1'] },
      { chromosome: 'chr2', position: 9, ref: 'C', alt: 'CA,A', filter: 'LowQual', genotypes: ['1/1'] },
    ];
    const kit = testKit({ files: { 'calls.vcf.gz': bgzf(Buffer.from(vcfText(['JOHN-DOE'], records))) } });

    // Act
    const outcome = await createItemHandler(routeStage('vcf', variantsStage), kit)(batch(kit));

    // Assess
    expect(outcome.summary.vcf).toMatchObject({
      vcfFiles: 1,
      records: 2,
      snps: 2,
      indels: 1,
      multiAllelic: 1,
      filterPass: 1,
    });
    const chromosomes = [...kit.output.objects.entries()].find(([key]) => key.startsWith('out/chromosomes/'))?.[1];
    expect(
      String(chromosomes)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).chromosome),
    ).toEqual(['chr1', 'chr2']);
    expect(JSON.stringify([...kit.output.objects.values()])).not.toContain('JOHN-DOE');
  });
});

describe('summary reducers', () => {
  const counts = <T>(empty: T) =>
    fc.record(
      Object.fromEntries(Object.keys(empty as object).map((key) => [key, fc.nat(1e6)])),
    ) as unknown as fc.Arbitrary<T>;

  it.each([
    ['reads', emptyReads, mergeReads],
    ['variants', emptyVariants, mergeVariants],
  ] as [string, () => ReadsSummary | VariantsSummary, (a: never, b: never) => unknown][])(
    '%s: merge is associative and commutative, with the empty summary as identity',
    (_, empty, merge) => {
      const m = merge as (a: unknown, b: unknown) => unknown;
      fc.assert(
        fc.property(counts(empty()), counts(empty()), counts(empty()), (a, b, c) => {
          expect(m(m(a, b), c)).toEqual(m(a, m(b, c)));
          expect(m(a, b)).toEqual(m(b, a));
          expect(m(a, empty())).toEqual(a);
        }),
      );
    },
  );
});

describe('loadQcSettings', () => {
  it('keeps the source defaults and names a bad variable', () => {
    expect(loadQcSettings({})).toMatchObject({ sampleSize: 10_000, qualityThreshold: 20 });
    expect(() => loadQcSettings({ QC_SAMPLE_SIZE: '0' })).toThrow(/QC_SAMPLE_SIZE must be >= 1/);
    expect(() => loadQcSettings({ QUALITY_THRESHOLD: 'high' })).toThrow(/QUALITY_THRESHOLD must be an integer/);
  });
});
