/**
 * The variants branch (route `vcf`: `.vcf`, `.vcf.gz`) as a kit stage: each VCF is streamed once into its statistics,
 * written as one JSON line under `variants/` plus one line per chromosome under `chromosomes/` (the Athena tables),
 * and run totals of integer counts. Sample names are never written nor logged.
 */
import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { type ItemStage, objectResultKey, type ProcessorContext } from '@fsxn-s3ap/shared/workflow';
import { countsReducer } from './counts';
import { feedStream, isGzipKey } from './decoded-stream';
import { createVcfParser } from './vcf-parser';
import { type VcfStats, vcfRatios } from './vcf-stats';

export const VARIANTS_KIND = 'variants';
export const VARIANTS_SUFFIX = 'variants.json';
export const CHROMOSOMES_KIND = 'chromosomes';
export const CHROMOSOMES_SUFFIX = 'chromosomes.jsonl';

/** Totals over the variants branch: every count of {@link VcfStats} summed, and the files. */
export type VariantsSummary = Omit<VcfStats, 'chromosomes'> & { vcfFiles: number; chromosomes: number };

const KEYS = [
  'vcfFiles',
  'records',
  'samples',
  'snps',
  'indels',
  'mnps',
  'otherAlleles',
  'multiAllelic',
  'transitions',
  'transversions',
  'heterozygous',
  'homozygousAlt',
  'homozygousRef',
  'missingGenotypes',
  'filterPass',
  'filterMissing',
  'chromosomes',
  'otherChromosomeRecords',
] as const satisfies readonly (keyof VariantsSummary)[];

const counts = countsReducer<VariantsSummary, (typeof KEYS)[number]>(KEYS);

/** The empty summary. */
export const emptyVariants = counts.empty;

/** Field-wise sum (`chromosomes` adds each file's distinct chromosomes). */
export const mergeVariants = counts.merge;

/** One file's contribution. */
export function variantsOf(stats: VcfStats): VariantsSummary {
  return { ...stats, vcfFiles: 1, chromosomes: stats.chromosomes.length };
}

/** Streams one VCF and writes its rows. */
export async function vcfStats(
  object: S3ObjectSummary,
  ctx: ProcessorContext<undefined, undefined>,
): Promise<VcfStats> {
  const parser = createVcfParser();
  const gzip = isGzipKey(object.key);
  await feedStream(await ctx.input.getStream(object.key), gzip, (chunk) => parser.push(chunk));
  const stats = parser.end();
  const ratios = vcfRatios(stats);
  const provenance = { key: object.key, execution_id: ctx.executionId };
  await ctx.output.putJson(objectResultKey(VARIANTS_KIND, object, VARIANTS_SUFFIX, ctx.now), {
    ...provenance,
    listed_size: object.size,
    analysed_at: ctx.now.toISOString(),
    format: gzip ? 'vcf.gz' : 'vcf',
    records: stats.records,
    samples: stats.samples,
    snps: stats.snps,
    indels: stats.indels,
    mnps: stats.mnps,
    other_alleles: stats.otherAlleles,
    multi_allelic: stats.multiAllelic,
    transitions: stats.transitions,
    transversions: stats.transversions,
    ti_tv_ratio: ratios.tiTvRatio,
    heterozygous: stats.heterozygous,
    homozygous_alt: stats.homozygousAlt,
    homozygous_ref: stats.homozygousRef,
    missing_genotypes: stats.missingGenotypes,
    het_hom_ratio: ratios.hetHomRatio,
    filter_pass: stats.filterPass,
    filter_missing: stats.filterMissing,
    filter_pass_rate: ratios.filterPassRate,
    chromosomes: stats.chromosomes.length,
    other_chromosome_records: stats.otherChromosomeRecords,
  });
  const lines = stats.chromosomes.map((row) => JSON.stringify({ ...provenance, ...row }));
  if (lines.length > 0) {
    await ctx.output.putText(
      objectResultKey(CHROMOSOMES_KIND, object, CHROMOSOMES_SUFFIX, ctx.now),
      `${lines.join('\n')}\n`,
      'application/x-ndjson',
    );
  }
  return stats;
}

/** The stage of the variants branch's item function. */
export const variantsStage: ItemStage<VcfStats, VariantsSummary> = {
  process: vcfStats,
  summary: {
    empty: emptyVariants,
    add: (total, stats) => mergeVariants(total, variantsOf(stats)),
    merge: mergeVariants,
  },
};
