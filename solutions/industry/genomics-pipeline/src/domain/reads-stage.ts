/**
 * The reads branch (route `fastq`: `.fastq`, `.fastq.gz` and `.bam`) as a kit stage: FASTQ QC or BAM header per
 * object, and run totals that add up exactly (integer counts only; means are derived in the report).
 */
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';
import { countsReducer } from './counts';
import { bamHeader, fastqQc, type ReadsResult } from './read-qc';
import { loadQcSettings, type QcSettings } from './settings';

/** Totals over the reads branch. */
export interface ReadsSummary {
  fastqFiles: number;
  /** FASTQ files whose mean Phred reached `QualityThreshold`. */
  passedFiles: number;
  /** FASTQ files read only up to `QcSampleSize` reads. */
  sampledFiles: number;
  phred64Files: number;
  reads: number;
  bases: number;
  lowQualityReads: number;
  qualitySum: number;
  q30Bases: number;
  gcBases: number;
  calledBases: number;
  nBases: number;
  bamFiles: number;
  /** BAM files without the BGZF end-of-file block. */
  bamWithoutEof: number;
  bamReferences: number;
}

const KEYS = [
  'fastqFiles',
  'passedFiles',
  'sampledFiles',
  'phred64Files',
  'reads',
  'bases',
  'lowQualityReads',
  'qualitySum',
  'q30Bases',
  'gcBases',
  'calledBases',
  'nBases',
  'bamFiles',
  'bamWithoutEof',
  'bamReferences',
] as const satisfies readonly (keyof ReadsSummary)[];

const counts = countsReducer<ReadsSummary, (typeof KEYS)[number]>(KEYS);

/** The empty summary. */
export const emptyReads = counts.empty;

/** Field-wise sum. */
export const mergeReads = counts.merge;

/** One object's contribution. */
export function readsOf(result: ReadsResult): ReadsSummary {
  const one = emptyReads();
  if (result.kind === 'bam') {
    return {
      ...one,
      bamFiles: 1,
      bamWithoutEof: result.header.eofMarker ? 0 : 1,
      bamReferences: result.header.references,
    };
  }
  const { qc } = result;
  return {
    ...one,
    fastqFiles: 1,
    passedFiles: result.passed ? 1 : 0,
    sampledFiles: result.sampled ? 1 : 0,
    phred64Files: qc.phredOffset === 64 ? 1 : 0,
    reads: qc.reads,
    bases: qc.bases,
    lowQualityReads: qc.lowQualityReads,
    ...qc.counts,
  };
}

/** The stage of the reads branch's item function. */
export const readsStage: ItemStage<ReadsResult, ReadsSummary, QcSettings> = {
  settings: () => loadQcSettings(),
  process: (object, ctx) => (object.key.toLowerCase().endsWith('.bam') ? bamHeader(object, ctx) : fastqQc(object, ctx)),
  summary: {
    empty: emptyReads,
    add: (total, result) => mergeReads(total, readsOf(result)),
    merge: mergeReads,
  },
};
