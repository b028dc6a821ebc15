/**
 * The run as a whole: the discovery routes (one per Parallel branch), the report's reducer over both branches, and
 * its sections (QC and variant totals; ratios derived from the integer counts).
 */
import type { ReportSection, ReportSpec, Routes } from '@fsxn-s3ap/shared/workflow';
import { routedSummary } from '@fsxn-s3ap/shared/workflow';
import { type ReadsSummary, readsStage } from './reads-stage';
import { type VariantsSummary, variantsStage } from './variant-stage';

/**
 * Route `fastq` (the source's fastq_objects) takes reads and their alignments: BAM headers are cheap ranged reads,
 * not worth a third branch. Route `vcf` takes variant calls.
 */
export const ROUTES: Routes = {
  fastq: { suffixes: ['.fastq', '.fastq.gz', '.bam'] },
  vcf: { suffixes: ['.vcf', '.vcf.gz'] },
};

/** The run summary: each branch's totals under its route. */
export interface GenomicsSummary {
  fastq: ReadsSummary;
  vcf: VariantsSummary;
}

const ratio = (numerator: number, denominator: number, digits = 2): string =>
  denominator === 0 ? 'n/a' : (numerator / denominator).toFixed(digits);
const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((part * 100) / whole).toFixed(1)}%`);

/** The report's sections for a summary. */
export function genomicsSections({ fastq, vcf }: GenomicsSummary): ReportSection[] {
  return [
    {
      title: 'Reads (FASTQ QC)',
      facts: [
        ['FASTQ files', fastq.fastqFiles],
        ['Passed QC (mean Phred at threshold)', fastq.passedFiles],
        ['Read at QcSampleSize only', fastq.sampledFiles],
        ['Phred+64 files', fastq.phred64Files],
        ['Reads sampled', fastq.reads],
        ['Mean Phred', ratio(fastq.qualitySum, fastq.bases)],
        ['Q30 bases', share(fastq.q30Bases, fastq.bases)],
        ['GC', share(fastq.gcBases, fastq.calledBases)],
        ['N rate', share(fastq.nBases, fastq.bases)],
        ['Low-quality reads', fastq.lowQualityReads],
      ],
    },
    {
      title: 'Alignments (BAM headers)',
      facts: [
        ['BAM files', fastq.bamFiles],
        ['References', fastq.bamReferences],
        ['Without the BGZF end-of-file block', fastq.bamWithoutEof],
      ],
    },
    {
      title: 'Variants (VCF)',
      facts: [
        ['VCF files', vcf.vcfFiles],
        ['Records', vcf.records],
        ['SNPs', vcf.snps],
        ['Indels', vcf.indels],
        ['MNPs', vcf.mnps],
        ['Multi-allelic records', vcf.multiAllelic],
        ['Ti/Tv', ratio(vcf.transitions, vcf.transversions)],
        ['Het/hom-alt', ratio(vcf.heterozygous, vcf.homozygousAlt)],
        ['FILTER PASS', share(vcf.filterPass, vcf.records)],
        ['Missing genotypes', vcf.missingGenotypes],
      ],
    },
  ];
}

/** How the run report reads. */
export const genomicsReport: ReportSpec<GenomicsSummary> = {
  title: 'Genomics pipeline',
  summary: routedSummary({ fastq: readsStage.summary, vcf: variantsStage.summary }),
  sections: genomicsSections,
  headline: ({ processed, summary }) =>
    `${summary.fastq.fastqFiles} FASTQ, ${summary.fastq.bamFiles} BAM, ${summary.vcf.vcfFiles} VCF; ${processed.failed} failed`,
};
