import { gzipSync } from 'node:zlib';
import { seededRandom } from '@fsxn-s3ap/tools/demo-files';
import fc from 'fast-check';
import { bamHeaderBytes, bgzf } from '../../../scripts/demo-data/formats';
import { readBamHeader } from '../../../src/domain/bam-header';

const reference = fc.record({
  name: fc.string({ unit: fc.constantFrom('c', 'h', 'r', '1', '2', '_'), minLength: 1, maxLength: 12 }),
  length: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});
const header = fc.record({
  programs: fc.array(fc.constantFrom('bwa', 'samtools', 'gatk'), { maxLength: 4 }),
  readGroups: fc.nat({ max: 5 }),
  references: fc.array(reference, { maxLength: 40 }),
  padding: fc.nat({ max: 3000 }),
});

function samText(programs: string[], readGroups: number, padding: number): string {
  return [
    '@HD\tVN:1.6\tSO:coordinate',
    ...Array.from({ length: readGroups }, (_, index) => `@RG\tID:rg${index}\tSM:PERSON-${index}`),
    ...programs.map((program, index) => `@PG\tID:p${index}\tPN:${program}`),
    `@CO\t${'x'.repeat(padding)}`,
    '',
  ].join('\n');
}

/** A range reader over `bytes` that counts its calls. */
function reader(bytes: Uint8Array) {
  const calls: [number, number][] = [];
  const read = async (start: number, end: number) => {
    calls.push([start, end]);
    return bytes.subarray(start, end + 1);
  };
  return { read, calls };
}

describe('readBamHeader', () => {
  it('reads back what the writer put in, whatever the BGZF block size', async () => {
    await fc.assert(
      fc.asyncProperty(header, fc.integer({ min: 16, max: 65_280 }), async (spec, block) => {
        // Prepare
        const text = samText(spec.programs, spec.readGroups, spec.padding);
        const bam = bgzf(bamHeaderBytes(text, spec.references), block);

        // Act
        const result = await readBamHeader(reader(bam).read, bam.length, 1 << 24);

        // Assess
        expect(result).toMatchObject({
          formatVersion: '1.6',
          sortOrder: 'coordinate',
          readGroups: spec.readGroups,
          programs: spec.programs,
          references: spec.references.length,
          referenceBases: spec.references.reduce((sum, item) => sum + item.length, 0),
          referenceList: spec.references.slice(0, 100),
          eofMarker: true,
        });
        expect(JSON.stringify(result)).not.toContain('PERSON-');
      }),
      { numRuns: 60 },
    );
  });

  it('throws BamFormatError with an offset within the file for any truncation', async () => {
    await fc.assert(
      fc.asyncProperty(header, fc.integer({ min: 16, max: 2000 }), fc.nat(), async (spec, block, cutAt) => {
        // Prepare: the end-of-file block goes too, so the cut lands inside the header.
        const bam = bgzf(
          bamHeaderBytes(samText(spec.programs, spec.readGroups, spec.padding), spec.references),
          block,
          false,
        );
        const cut = cutAt % bam.length;
        const truncated = bam.subarray(0, cut);

        // Act & Assess
        const error = await readBamHeader(reader(truncated).read, cut, 1 << 24).catch((caught: Error) => caught);
        expect(error).toMatchObject({ name: 'BamFormatError' });
        const offsets = [...(error as Error).message.matchAll(/byte (\d+)/g)].map((match) => Number(match[1]));
        expect(offsets.every((offset) => offset <= bam.length)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads only the header: one window and the 28-byte end block, however large the file', async () => {
    // Prepare: a header followed by 1 MB of (incompressible) blocks the reader must never fetch.
    const head = bgzf(bamHeaderBytes(samText(['bwa'], 1, 10), [{ name: 'chr1', length: 1000 }]), 65_280, false);
    const random = seededRandom(1);
    const body = Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(random() * 256)));
    const file = Buffer.concat([head, bgzf(body)]);
    const { read, calls } = reader(file);

    // Act
    const result = await readBamHeader(read, file.length, 1 << 24);

    // Assess
    expect(result.eofMarker).toBe(true);
    expect(calls).toEqual([
      [0, 256 * 1024 - 1],
      [file.length - 28, file.length - 1],
    ]);
  });

  it.each([
    ['plain gzip (not BGZF)', gzipSync(bamHeaderBytes('', [])), /has no extra field: not BGZF/],
    ['BGZF of something that is not BAM', bgzf(Buffer.from('SAM text, not BAM')), /no BAM\\1 magic/],
    ['not gzip at all', Buffer.from('@HD\tVN:1.6\n'), /no gzip\/deflate magic at byte 0/],
  ])('throws BamFormatError for %s', async (_, bytes, message) => {
    await expect(readBamHeader(reader(bytes).read, bytes.length, 1 << 20)).rejects.toThrow(
      expect.objectContaining({ name: 'BamFormatError', message: expect.stringMatching(message) }),
    );
  });

  it('throws BamFormatError when a block fails its CRC-32 and reports a missing end-of-file block', async () => {
    // Prepare
    const good = bgzf(bamHeaderBytes('@HD\tVN:1.6\n', [{ name: 'chr1', length: 5 }]), 65_280, false);
    const corrupt = Buffer.from(good);
    corrupt.writeUInt32LE((corrupt.readUInt32LE(corrupt.length - 8) ^ 1) >>> 0, corrupt.length - 8);

    // Act & Assess
    await expect(readBamHeader(reader(corrupt).read, corrupt.length, 1 << 20)).rejects.toThrow(/CRC-32/);
    await expect(readBamHeader(reader(good).read, good.length, 1 << 20)).resolves.toMatchObject({ eofMarker: false });
  });

  it('refuses a header larger than the limit', async () => {
    const bam = bgzf(bamHeaderBytes(samText([], 0, 5000), []), 1000);
    await expect(readBamHeader(reader(bam).read, bam.length, 2048)).rejects.toThrow(/larger than 2048 inflated bytes/);
  });
});
