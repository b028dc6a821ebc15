/** This pattern's settings, from the environment the template sets (a bad value throws ConfigError naming it). */
import { type Env, intEnv } from '@fsxn-s3ap/shared/config';

/** How the QC stage samples and judges reads. */
export interface QcSettings {
  /** Reads read from the start of each FASTQ (`QcSampleSize`); the rest of the file is never downloaded. */
  sampleSize: number;
  /** Phred score a file's mean must reach, and below which a read's mean counts as low (`QualityThreshold`). */
  qualityThreshold: number;
  /** Most inflated bytes a BAM header may take before the file is refused. */
  maxBamHeaderBytes: number;
}

/** Defaults of the source pattern: 10,000 reads, Phred 20. */
export const DEFAULT_QC_SAMPLE_SIZE = 10_000;
export const DEFAULT_QUALITY_THRESHOLD = 20;
/** 64 MiB: far above a header of thousands of contigs and read groups. */
export const DEFAULT_MAX_BAM_HEADER_BYTES = 64 * 1024 * 1024;

/** Reads `QC_SAMPLE_SIZE`, `QUALITY_THRESHOLD` and `MAX_BAM_HEADER_BYTES`. */
export function loadQcSettings(env: Env = process.env): QcSettings {
  return {
    sampleSize: intEnv('QC_SAMPLE_SIZE', { fallback: DEFAULT_QC_SAMPLE_SIZE, min: 1, max: 100_000_000 }, env),
    qualityThreshold: intEnv('QUALITY_THRESHOLD', { fallback: DEFAULT_QUALITY_THRESHOLD, min: 0, max: 93 }, env),
    maxBamHeaderBytes: intEnv(
      'MAX_BAM_HEADER_BYTES',
      { fallback: DEFAULT_MAX_BAM_HEADER_BYTES, min: 1024, max: 1024 * 1024 * 1024 },
      env,
    ),
  };
}
