import fc from 'fast-check';
import { type VcfRecord, vcfText } from '../../../scripts/demo-data/formats';
import { createVcfParser } from '../../../src/domain/vcf-parser';
import { addGenotype, emptyVcfStats, vcfRatios } from '../../../src/domain/vcf-stats';

const base = fc.constantFrom('A', 'C', 'G', 'T');
const allele = fc.oneof(base, fc.string({ unit: base, minLength: 2, maxLength: 4 }), fc.constant('<DEL>'));
const genotype = fc.constantFrom('0/0', '0/1', '1/1', '1|2', './.', '.', '1');
const record = (samples: number) =>
  fc.record({
    chromosome: fc.constantFrom('chr1', 'chr2', 'chrX'),
    position: fc.integer({ min: 1, max: 1e9 }),
    ref: fc.oneof(base, fc.string({ unit: base, minLength: 2, maxLength: 3 })),
    alt: fc.array(allele, { minLength: 1, maxLength: 3 }).map((alts) => alts.join(',')),
    filter: fc.constantFrom('PASS', '.', 'LowQual'),
    genotypes: fc.array(genotype, { minLength: samples, maxLength: samples }),
  });
const cohort = fc
  .nat({ max: 3 })
  .chain((samples) => fc.tuple(fc.constant(samples), fc.array(record(samples), { maxLength: 30 })));

function parse(text: string, chunk = 11) {
  const parser = createVcfParser();
  const bytes = Buffer.from(text, 'latin1');
  for (let start = 0; start < bytes.length; start += chunk) parser.push(bytes.subarray(start, start + chunk));
  return parser.end();
}

/** The counts, computed directly from the generated records. */
function direct(records: VcfRecord[]) {
  const alts = records.flatMap((item) => item.alt.split(',').map((alt) => [item.ref, alt] as const));
  const snps = alts.filter(([ref, alt]) => ref.length === 1 && alt.length === 1 && ref !== alt && alt !== '<DEL>');
  const ti = new Set(['AG', 'GA', 'CT', 'TC']);
  return {
    records: records.length,
    snps: snps.length,
    indels: alts.filter(([ref, alt]) => alt !== '<DEL>' && ref.length !== alt.length).length,
    multiAllelic: records.filter((item) => item.alt.includes(',')).length,
    transitions: snps.filter(([ref, alt]) => ti.has(ref + alt)).length,
    filterPass: records.filter((item) => item.filter === 'PASS').length,
    chromosomes: [...new Set(records.map((item) => item.chromosome))].map((chromosome) => ({
      chromosome,
      records: records.filter((item) => item.chromosome === chromosome).length,
    })),
  };
}

describe('createVcfParser', () => {
  it('counts what a direct count of the generated records gives, whatever the chunking', () => {
    fc.assert(
      fc.property(cohort, fc.integer({ min: 1, max: 80 }), ([samples, records], chunk) => {
        // Act
        const names = Array.from({ length: samples }, (_, index) => `S${index}`);
        const stats = parse(vcfText(names, records), chunk);

        // Assess
        expect(stats).toMatchObject({ samples, ...direct(records) });
        const calls = stats.heterozygous + stats.homozygousAlt + stats.homozygousRef + stats.missingGenotypes;
        expect(calls).toBe(samples * records.length);
      }),
    );
  });

  it('tells zygosity apart from GT, phased or not, and haploid calls', () => {
    const stats = emptyVcfStats();
    for (const gt of ['0/1', '1|0', '1/2', '1/1', '2|2', '0/0', './1', '.', '1', '0']) addGenotype(stats, gt);
    expect(stats).toMatchObject({ heterozygous: 3, homozygousAlt: 3, homozygousRef: 2, missingGenotypes: 2 });
    expect(vcfRatios(stats).hetHomRatio).toBe(1);
  });

  it.each([
    ['the first line is not ##fileformat', '#CHROM\tPOS\n', /"##fileformat=VCF" line at byte 0/],
    [
      'a record has fewer columns than the header',
      '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\t5\t.\tA\n',
      /record at byte 60 has 4 columns, the header has 8/,
    ],
    [
      'POS is not a number',
      '##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\tx5\t.\tA\tC\t.\tPASS\t.\n',
      /POS "x5"/,
    ],
    ['there is no #CHROM header', '##fileformat=VCFv4.2\n##source=x\n', /no "#CHROM" header in 32 bytes/],
    [
      'a line between meta lines has no ##',
      '##fileformat=VCFv4.2\nchr1\t5\n',
      /"##" meta line or the "#CHROM" header at byte 21/,
    ],
  ])('throws VcfFormatError with the byte offset when %s', (_, text, message) => {
    expect(() => parse(text)).toThrow(
      expect.objectContaining({ name: 'VcfFormatError', message: expect.stringMatching(message) }),
    );
  });

  it('names the offset of the record whose column count is wrong, for any record', () => {
    fc.assert(
      fc.property(
        cohort.filter(([, records]) => records.length > 0),
        fc.nat(),
        ([samples, records], pick) => {
          // Prepare: drop the last column of one record.
          const text = vcfText(
            Array.from({ length: samples }, (_, index) => `S${index}`),
            records,
          );
          const lines = text.split('\n');
          const first = lines.findIndex((line) => !line.startsWith('#'));
          const index = first + (pick % records.length);
          lines[index] = (lines[index] as string).split('\t').slice(0, -1).join('\t');
          const offset = lines.slice(0, index).join('\n').length + 1;

          // Act & Assess
          expect(() => parse(lines.join('\n'))).toThrow(new RegExp(`record at byte ${offset} has`));
        },
      ),
    );
  });
});
