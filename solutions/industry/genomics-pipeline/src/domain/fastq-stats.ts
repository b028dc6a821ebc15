/**
 * Read-level QC statistics accumulated over FASTQ records: counts and histograms only (memory is constant), turned
 * into figures once the sample is read, because the Phred offset is only known from the whole quality range.
 */

/** QC figures of one FASTQ sample. */
export interface FastqQc {
  reads: number;
  bases: number;
  minLength: number;
  maxLength: number;
  meanLength: number;
  /** At most {@link LENGTH_BINS} bins of equal width over [minLength, maxLength]; empty bins are left out. */
  lengthHistogram: { from: number; to: number; reads: number }[];
  /** 33 (Sanger, Illumina 1.8+) or 64 (Illumina 1.3-1.7), from the range of quality characters. */
  phredOffset: 33 | 64;
  /** `quality-range` when the characters decide it; `assumed` when every one fits both offsets (33 is taken). */
  offsetEvidence: 'quality-range' | 'assumed';
  /** Mean Phred score over every base. */
  meanQuality: number;
  /** Share of bases at Phred 30 or more. */
  q30Fraction: number;
  /** G+C over A+C+G+T, in percent (N and other IUPAC codes are not called bases). */
  gcPercent: number;
  /** Share of bases that are N. */
  nRate: number;
  /** Reads whose mean Phred is below the threshold. */
  lowQualityReads: number;
  /** The integer counts behind the figures, so run totals add up exactly. */
  counts: { qualitySum: number; q30Bases: number; gcBases: number; calledBases: number; nBases: number };
}

/** Most bins of {@link FastqQc.lengthHistogram}. */
export const LENGTH_BINS = 32;

/** Lowest character of Phred+64 qualities (Solexa used from 59, `;`). */
const SOLEXA_MIN = 59;
/** Highest character of Phred+33 qualities in practice (`J`, Q41); above it only Phred+64 fits. */
const PHRED33_MAX = 74;

/** Counts behind {@link FastqQc}, fed one sequence and one quality line at a time. */
export class FastqStatsAccumulator {
  reads = 0;
  bases = 0;
  private gc = 0;
  private at = 0;
  private n = 0;
  private readonly lengths = new Map<number, number>();
  /** Bases per quality character code. */
  private readonly qualities = new Float64Array(128);
  /** Reads per floor(mean quality character code). */
  private readonly readMeans = new Float64Array(128);

  addSequence(sequence: Uint8Array): void {
    for (let index = 0; index < sequence.length; index += 1) {
      // Lower-case letters (soft-masked bases) count as their upper-case base.
      const base = (sequence[index] as number) & 0xdf;
      if (base === 0x47 || base === 0x43) this.gc += 1;
      else if (base === 0x41 || base === 0x54) this.at += 1;
      else if (base === 0x4e) this.n += 1;
    }
    this.bases += sequence.length;
    this.lengths.set(sequence.length, (this.lengths.get(sequence.length) ?? 0) + 1);
  }

  /** Adds one read's qualities; returns the offset within the line of a character outside `!`..`~`, or -1. */
  addQuality(quality: Uint8Array): number {
    let sum = 0;
    for (let index = 0; index < quality.length; index += 1) {
      const code = quality[index] as number;
      if (code < 33 || code > 126) return index;
      this.qualities[code] = (this.qualities[code] as number) + 1;
      sum += code;
    }
    if (quality.length > 0) {
      const bucket = Math.floor(sum / quality.length);
      this.readMeans[bucket] = (this.readMeans[bucket] as number) + 1;
    }
    this.reads += 1;
    return -1;
  }

  /** The figures; `qualityThreshold` is the Phred score below which a read's mean counts as low. */
  finish(qualityThreshold: number): FastqQc {
    let minCode = 127;
    let maxCode = 0;
    let sum = 0;
    for (let code = 33; code < 127; code += 1) {
      const count = this.qualities[code] as number;
      if (count === 0) continue;
      minCode = Math.min(minCode, code);
      maxCode = Math.max(maxCode, code);
      sum += code * count;
    }
    const decided = minCode < SOLEXA_MIN || maxCode > PHRED33_MAX;
    const offset: 33 | 64 = minCode >= SOLEXA_MIN && maxCode > PHRED33_MAX ? 64 : 33;
    let q30 = 0;
    for (let code = offset + 30; code < 127; code += 1) q30 += this.qualities[code] as number;
    let lowQualityReads = 0;
    for (let bucket = 0; bucket < qualityThreshold + offset && bucket < 128; bucket += 1) {
      lowQualityReads += this.readMeans[bucket] as number;
    }
    const called = this.gc + this.at;
    const lengths = [...this.lengths.keys()];
    const minLength = lengths.length === 0 ? 0 : Math.min(...lengths);
    const maxLength = lengths.length === 0 ? 0 : Math.max(...lengths);
    return {
      reads: this.reads,
      bases: this.bases,
      minLength,
      maxLength,
      meanLength: this.reads === 0 ? 0 : this.bases / this.reads,
      lengthHistogram: histogram(this.lengths, minLength, maxLength),
      phredOffset: offset,
      offsetEvidence: decided || this.bases === 0 ? 'quality-range' : 'assumed',
      meanQuality: this.bases === 0 ? 0 : sum / this.bases - offset,
      q30Fraction: this.bases === 0 ? 0 : q30 / this.bases,
      gcPercent: called === 0 ? 0 : (this.gc * 100) / called,
      nRate: this.bases === 0 ? 0 : this.n / this.bases,
      lowQualityReads,
      counts: {
        qualitySum: sum - offset * this.bases,
        q30Bases: q30,
        gcBases: this.gc,
        calledBases: called,
        nBases: this.n,
      },
    };
  }
}

function histogram(lengths: Map<number, number>, min: number, max: number): FastqQc['lengthHistogram'] {
  const width = Math.max(1, Math.ceil((max - min + 1) / LENGTH_BINS));
  const bins = new Map<number, number>();
  for (const [length, reads] of lengths) {
    const bin = Math.floor((length - min) / width);
    bins.set(bin, (bins.get(bin) ?? 0) + reads);
  }
  return [...bins.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bin, reads]) => ({ from: min + bin * width, to: min + bin * width + width - 1, reads }));
}
