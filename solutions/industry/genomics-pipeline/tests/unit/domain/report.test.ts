import { testKit } from '@fsxn-s3ap/shared/testing';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { emptyReads } from '../../../src/domain/reads-stage';
import { genomicsReport, genomicsSections } from '../../../src/domain/report';
import { emptyVariants } from '../../../src/domain/variant-stage';

const outcome = (summary: unknown, failures: { item: string; error: string; message: string }[] = []) => ({
  status: 'SUCCEEDED',
  objects: 1 + failures.length,
  succeeded: 1,
  bytes: 100,
  failures,
  failedCount: failures.length,
  summary,
});

describe('genomics report', () => {
  it('merges both branches of the Parallel (an empty branch gives []) and derives the ratios', async () => {
    // Prepare
    const kit = testKit();
    const fastq = { fastq: { ...emptyReads(), fastqFiles: 1, reads: 10, bases: 100, qualitySum: 3050, q30Bases: 80 } };
    const vcf = {
      vcf: { ...emptyVariants(), vcfFiles: 1, records: 10, transitions: 6, transversions: 3, filterPass: 9 },
    };
    const failure = { item: 'bad.vcf.gz', error: 'GzipFormatError', message: 'not a valid gzip stream' };
    const discovery = { manifestKey: 'm.json', totalObjects: 3, totalBytes: 300, truncated: false };

    // Act
    const result = await createReportHandler(
      genomicsReport,
      kit,
    )({
      executionId: 'exec-1',
      discovery,
      results: [[outcome(fastq)], [outcome(vcf, [failure])]],
    });

    // Assess
    const markdown = String(kit.output.objects.get(result.summaryKey));
    expect(result).toMatchObject({ objects: 3, succeeded: 2, failed: 1 });
    expect(markdown).toContain('- Mean Phred: 30.50');
    expect(markdown).toContain('- Q30 bases: 80.0%');
    expect(markdown).toContain('- Ti/Tv: 2.00');
    expect(markdown).toContain('- FILTER PASS: 90.0%');
    expect(markdown).toContain('| bad.vcf.gz | GzipFormatError |');
    expect(kit.notifier.messages[0]?.subject).toBe('Genomics pipeline: 1 FASTQ, 0 BAM, 1 VCF; 1 failed');
  });

  it('says n/a rather than dividing by zero for an empty run', () => {
    const sections = genomicsSections(genomicsReport.summary.empty());
    const facts = new Map(sections.flatMap((section) => section.facts ?? []));
    expect([facts.get('Mean Phred'), facts.get('Ti/Tv'), facts.get('FILTER PASS')]).toEqual(['n/a', 'n/a', 'n/a']);
  });
});
