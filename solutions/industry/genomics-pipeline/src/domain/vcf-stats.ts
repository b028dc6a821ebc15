/**
 * Variant statistics of one VCF, accumulated record by record: allele classes (SNP, indel, MNP, other), Ti/Tv,
 * genotype zygosity from GT, FILTER outcome and records per chromosome. Sample names are never kept.
 */

/** Figures of one VCF. */
export interface VcfStats {
  records: number;
  /** Sample columns (names are not kept: they may identify a person). */
  samples: number;
  snps: number;
  indels: number;
  /** Same-length substitutions of more than one base. */
  mnps: number;
  /** Symbolic (`<DEL>`), breakend, `*` and non-nucleotide alleles. */
  otherAlleles: number;
  /** Records with more than one ALT allele. */
  multiAllelic: number;
  transitions: number;
  transversions: number;
  /** Genotype calls over every sample: het, hom-alt, hom-ref, missing (any `.` allele). */
  heterozygous: number;
  homozygousAlt: number;
  homozygousRef: number;
  missingGenotypes: number;
  /** Records whose FILTER is PASS; `.` (not filtered) is counted apart. */
  filterPass: number;
  filterMissing: number;
  /** Records per chromosome in order of first appearance, the first {@link MAX_CHROMOSOMES} of them. */
  chromosomes: { chromosome: string; records: number }[];
  /** Records on chromosomes past that limit (unplaced contigs of draft assemblies). */
  otherChromosomeRecords: number;
}

/** Chromosomes (contigs) counted by name; records on further ones are counted together. */
export const MAX_CHROMOSOMES = 1000;

const TRANSITIONS = new Set(['AG', 'GA', 'CT', 'TC']);

function isNucleotides(allele: string): boolean {
  if (allele.length === 0) return false;
  for (let index = 0; index < allele.length; index += 1) {
    const char = allele.charCodeAt(index) & 0xdf;
    if (char !== 0x41 && char !== 0x43 && char !== 0x47 && char !== 0x54 && char !== 0x4e) return false;
  }
  return true;
}

/** A fresh accumulator state. */
export function emptyVcfStats(samples = 0): VcfStats {
  return {
    records: 0,
    samples,
    snps: 0,
    indels: 0,
    mnps: 0,
    otherAlleles: 0,
    multiAllelic: 0,
    transitions: 0,
    transversions: 0,
    heterozygous: 0,
    homozygousAlt: 0,
    homozygousRef: 0,
    missingGenotypes: 0,
    filterPass: 0,
    filterMissing: 0,
    chromosomes: [],
    otherChromosomeRecords: 0,
  };
}

/** Classifies each ALT allele of a record against its REF and counts it. */
export function addAlleles(stats: VcfStats, refText: string, altText: string): void {
  if (altText === '.') return;
  const ref = refText.toUpperCase();
  const alts = altText.split(',');
  if (alts.length > 1) stats.multiAllelic += 1;
  for (const raw of alts) {
    const alt = raw.toUpperCase();
    if (!isNucleotides(ref) || !isNucleotides(alt)) stats.otherAlleles += 1;
    else if (ref.length !== alt.length) stats.indels += 1;
    else if (ref.length > 1) stats.mnps += 1;
    else if (ref === alt) stats.otherAlleles += 1;
    else {
      stats.snps += 1;
      if (TRANSITIONS.has(ref + alt)) stats.transitions += 1;
      else stats.transversions += 1;
    }
  }
}

/** Counts one sample's GT value (`0/1`, `1|1`, `./.`, haploid `1`). */
export function addGenotype(stats: VcfStats, gt: string): void {
  let first: string | undefined;
  let differs = false;
  let start = 0;
  for (let index = 0; index <= gt.length; index += 1) {
    const char = gt[index];
    if (index < gt.length && char !== '/' && char !== '|') continue;
    const allele = gt.slice(start, index);
    start = index + 1;
    if (allele === '.' || allele === '') {
      stats.missingGenotypes += 1;
      return;
    }
    if (first === undefined) first = allele;
    else if (allele !== first) differs = true;
  }
  if (differs) stats.heterozygous += 1;
  else if (first === '0') stats.homozygousRef += 1;
  else stats.homozygousAlt += 1;
}

/** Ti/Tv, het/hom-alt and FILTER PASS ratios; null where the denominator is 0. */
export function vcfRatios(stats: VcfStats): {
  tiTvRatio: number | null;
  hetHomRatio: number | null;
  filterPassRate: number | null;
} {
  return {
    tiTvRatio: stats.transversions === 0 ? null : stats.transitions / stats.transversions,
    hetHomRatio: stats.homozygousAlt === 0 ? null : stats.heterozygous / stats.homozygousAlt,
    filterPassRate: stats.records === 0 ? null : stats.filterPass / stats.records,
  };
}
