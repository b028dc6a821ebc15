import fc from 'fast-check';
import { fastqText, type Read } from '../../../scripts/demo-data/formats';
import { createFastqParser } from '../../../src/domain/fastq-parser';

const read = (length: number) =>
  fc.record({
    sequence: fc.string({
      unit: fc.constantFrom('A', 'C', 'G', 'T', 'N', 'g', 'c'),
      minLength: length,
      maxLength: length,
    }),
    qualities: fc.array(fc.integer({ min: 0, max: 41 }), { minLength: length, maxLength: length }),
  });
const reads = fc
  .array(fc.nat({ max: 60 }).chain(read), { minLength: 1, maxLength: 25 })
  .map((items) => items.map((item, index): Read => ({ name: `r${index}`, ...item })));

function parse(text: string, sampleSize = 1_000_000, chunk = 7) {
  const parser = createFastqParser(sampleSize);
  const bytes = Buffer.from(text, 'latin1');
  for (let start = 0; start < bytes.length; start += chunk) {
    if (!parser.push(bytes.subarray(start, start + chunk))) break;
  }
  return { parser, stats: () => parser.end() };
}

/** The same figures, computed directly from the generated reads. */
function direct(items: Read[], threshold: number) {
  const bases = items.reduce((sum, item) => sum + item.sequence.length, 0);
  const all = items.flatMap((item) => item.qualities);
  const seq = items.map((item) => item.sequence.toUpperCase()).join('');
  const count = (chars: string) => [...seq].filter((char) => chars.includes(char)).length;
  return {
    reads: items.length,
    bases,
    qualitySum: all.reduce((sum, score) => sum + score, 0),
    q30Bases: all.filter((score) => score >= 30).length,
    gcBases: count('GC'),
    calledBases: count('ACGT'),
    nBases: count('N'),
    lowQualityReads: items.filter(
      (item) =>
        item.qualities.length > 0 && item.qualities.reduce((a, b) => a + b, 0) / item.qualities.length < threshold,
    ).length,
  };
}

describe('createFastqParser', () => {
  it('computes what a direct count of the generated reads gives, whatever the chunking (Phred+33)', () => {
    fc.assert(
      fc.property(
        reads,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 40 }),
        (items, chunk, threshold) => {
          // Make the offset unambiguous, as any real Phred+33 file with a score below 26 is.
          const sample = [{ name: 'low', sequence: 'A', qualities: [0] }, ...items];
          const qc = parse(fastqText(sample, 33), 1_000_000, chunk).stats().finish(threshold);
          const expected = direct(sample, threshold);
          expect(qc.phredOffset).toBe(33);
          expect({ reads: qc.reads, bases: qc.bases, lowQualityReads: qc.lowQualityReads, ...qc.counts }).toEqual(
            expected,
          );
          expect(qc.meanQuality).toBeCloseTo(expected.qualitySum / expected.bases, 9);
          expect(qc.lengthHistogram.reduce((sum, bin) => sum + bin.reads, 0)).toBe(sample.length);
        },
      ),
    );
  });

  it('detects Phred+64 from the quality range and decodes the same scores', () => {
    // Prepare: Illumina 1.5 scores reach 40 ('h' at offset 64), far above what Phred+33 uses.
    const items: Read[] = [{ name: 'a', sequence: 'ACGTACGT', qualities: [40, 38, 30, 20, 12, 2, 2, 40] }];

    // Act
    const qc = parse(fastqText(items, 64)).stats().finish(20);

    // Assess
    expect(qc).toMatchObject({ phredOffset: 64, offsetEvidence: 'quality-range', q30Fraction: 0.5 });
    expect(qc.meanQuality).toBeCloseTo(23, 9);
  });

  it('says the offset is assumed when every quality fits both encodings', () => {
    const items: Read[] = [{ name: 'a', sequence: 'ACGT', qualities: [33, 35, 38, 40] }];
    expect(parse(fastqText(items, 33)).stats().finish(20)).toMatchObject({
      phredOffset: 33,
      offsetEvidence: 'assumed',
    });
  });

  it('stops after sampleSize reads and ignores whatever follows, even garbage', () => {
    // Prepare
    const items: Read[] = Array.from({ length: 5 }, (_, index) => ({
      name: `r${index}`,
      sequence: 'AC',
      qualities: [30, 2],
    }));
    const text = `${fastqText(items)}not a record at all\n`;

    // Act
    const { parser, stats } = parse(text, 3, 1000);

    // Assess
    expect(parser.sampled).toBe(true);
    expect(stats().reads).toBe(3);
  });

  it.each([
    ['line 3 is not +', '@r\nACGT\n-\nIIII\n', /line 3 of the record at byte 0 is not '\+' \(byte 8\)/],
    ['quality length differs', '@r\nACGT\n+\nIII\n', /quality length 3 differs from sequence length 4 .* at byte 0/],
    ['a quality character is not printable', '@r\nAC\n+\nI\u0001\n', /quality character 1 .* at byte 9/],
    ['no @ header', 'r\nAC\n+\nII\n', /'@' at byte 0/],
    ['empty input', '', /no FASTQ record in 0 bytes/],
  ])('throws FastqFormatError when %s', (_, text, message) => {
    expect(() => parse(text).stats()).toThrow(
      expect.objectContaining({ name: 'FastqFormatError', message: expect.stringMatching(message) }),
    );
  });

  it('throws FastqFormatError with an offset inside the input for any truncation inside a record', () => {
    fc.assert(
      fc.property(reads, fc.nat(), (items, cutAt) => {
        // Prepare: cut somewhere strictly inside the last record's first three lines.
        const text = fastqText(items);
        // A quality line may start with '@' too: the last record's start comes from its own length.
        const last = text.length - fastqText(items.slice(-1)).length;
        const plus = text.indexOf('\n+\n', last) + 2;
        const cut = last + 1 + (cutAt % (plus - last));

        // Act & Assess
        try {
          parse(text.slice(0, cut)).stats();
          throw new Error('no error');
        } catch (error) {
          expect((error as Error).name).toBe('FastqFormatError');
          const offsets = [...(error as Error).message.matchAll(/byte (\d+)/g)].map((match) => Number(match[1]));
          expect(offsets.every((offset) => offset >= 0 && offset <= cut)).toBe(true);
        }
      }),
    );
  });
});
