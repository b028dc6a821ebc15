/**
 * The reads branch's processor: a FASTQ (plain or gzip) is streamed over its first `QcSampleSize` reads, a BAM gives
 * its header by ranged reads. Each writes one JSON line (snake_case, the Athena tables' columns) under `qc/` or
 * `bam-headers/`. Read names and read group samples may identify a person: they are never written nor logged.
 */

import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { objectResultKey, type ProcessorContext } from '@fsxn-s3ap/shared/workflow';
import { type BamHeaderSummary, readBamHeader } from './bam-header';
import { feedStream, isGzipKey } from './decoded-stream';
import { createFastqParser } from './fastq-parser';
import type { FastqQc } from './fastq-stats';
import type { QcSettings } from './settings';

/** Where results go: `qc/YYYY/MM/DD/<stem>_qc.json` and `bam-headers/YYYY/MM/DD/<stem>_bam.json`. */
export const QC_KIND = 'qc';
export const QC_SUFFIX = 'qc.json';
export const BAM_KIND = 'bam-headers';
export const BAM_SUFFIX = 'bam.json';

/** What one object of the reads branch came to. */
export type ReadsResult =
  | { kind: 'fastq'; qc: FastqQc; passed: boolean; sampled: boolean }
  | { kind: 'bam'; header: BamHeaderSummary };

type Ctx = ProcessorContext<QcSettings, unknown>;

function provenance(object: S3ObjectSummary, ctx: Ctx) {
  return {
    key: object.key,
    listed_size: object.size,
    execution_id: ctx.executionId,
    analysed_at: ctx.now.toISOString(),
  };
}

/** QC of one FASTQ sample: streams until `sampleSize` reads, then destroys the stream. */
export async function fastqQc(object: S3ObjectSummary, ctx: Ctx): Promise<ReadsResult> {
  const { sampleSize, qualityThreshold } = ctx.settings;
  const parser = createFastqParser(sampleSize);
  const gzip = isGzipKey(object.key);
  const read = await feedStream(await ctx.input.getStream(object.key), gzip, (chunk) => parser.push(chunk));
  const qc = parser.end().finish(qualityThreshold);
  const passed = qc.meanQuality >= qualityThreshold;
  await ctx.output.putJson(objectResultKey(QC_KIND, object, QC_SUFFIX, ctx.now), {
    ...provenance(object, ctx),
    format: gzip ? 'fastq.gz' : 'fastq',
    reads: qc.reads,
    bases: qc.bases,
    min_length: qc.minLength,
    max_length: qc.maxLength,
    mean_length: qc.meanLength,
    length_histogram: qc.lengthHistogram,
    phred_offset: qc.phredOffset,
    offset_evidence: qc.offsetEvidence,
    mean_quality: qc.meanQuality,
    q30_fraction: qc.q30Fraction,
    gc_percent: qc.gcPercent,
    n_rate: qc.nRate,
    low_quality_reads: qc.lowQualityReads,
    quality_threshold: qualityThreshold,
    passed_qc: passed,
    sampled: parser.sampled,
    sample_size: sampleSize,
    bytes_read: read.bytes,
  });
  return { kind: 'fastq', qc, passed, sampled: parser.sampled };
}

/** The header of one BAM, by ranged reads. */
export async function bamHeader(object: S3ObjectSummary, ctx: Ctx): Promise<ReadsResult> {
  const header = await readBamHeader(
    (start, end) => ctx.input.getRange(object.key, start, end),
    object.size,
    ctx.settings.maxBamHeaderBytes,
  );
  await ctx.output.putJson(objectResultKey(BAM_KIND, object, BAM_SUFFIX, ctx.now), {
    ...provenance(object, ctx),
    format_version: header.formatVersion ?? null,
    sort_order: header.sortOrder ?? null,
    read_groups: header.readGroups,
    programs: header.programs,
    references: header.references,
    reference_bases: header.referenceBases,
    reference_list: header.referenceList,
    header_bytes: header.headerBytes,
    eof_marker: header.eofMarker,
  });
  return { kind: 'bam', header };
}
