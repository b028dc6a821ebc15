import fc from 'fast-check';
import { type SegySpec, writeSegyHeader } from '../../../scripts/demo-data/segy-writer';
import { Field, SEGY_HEADER_BYTES } from '../../../src/domain/segy-format';
import { parseSegyHeader } from '../../../src/domain/segy-header';

const base: SegySpec = {
  cards: ['C 1 CLIENT TEST', 'C 2 LINE 7'],
  encoding: 'ebcdic',
  byteOrder: 'big-endian',
  byteOrderField: false,
  revision: [1, 0],
  sampleInterval: 2000,
  samplesPerTrace: 500,
  formatCode: 1,
  fixedLength: true,
  extendedTextualHeaders: 0,
};

const card = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:-/'), maxLength: 79 });
const specs: fc.Arbitrary<SegySpec> = fc.record({
  cards: fc.array(
    card.map((text) => `C${text}`),
    { minLength: 1, maxLength: 40 },
  ),
  encoding: fc.constantFrom('ebcdic' as const, 'ascii' as const),
  byteOrder: fc.constantFrom('big-endian' as const, 'little-endian' as const),
  byteOrderField: fc.boolean(),
  revision: fc.constantFrom([1, 0] as const, [2, 0] as const, [2, 1] as const),
  sampleInterval: fc.integer({ min: 1, max: 65535 }),
  samplesPerTrace: fc.integer({ min: 1, max: 65535 }),
  formatCode: fc.constantFrom(1 as const, 2 as const, 3 as const, 5 as const, 8 as const),
  fixedLength: fc.boolean(),
  extendedTextualHeaders: fc.integer({ min: -1, max: 5 }),
  jobId: fc.integer({ min: -1000, max: 100000 }),
  lineNumber: fc.integer({ min: 0, max: 100000 }),
});

describe('parseSegyHeader', () => {
  it('reads what the writer wrote, in either byte order and encoding', () => {
    // Act / Assess
    fc.assert(
      fc.property(specs, (spec) => {
        const header = parseSegyHeader(writeSegyHeader(spec));
        expect(header).toMatchObject({
          textualEncoding: spec.encoding,
          textualHeader: spec.cards
            .map((text) => text.trimEnd())
            .join('\n')
            .trimEnd(),
          byteOrder: spec.byteOrder,
          byteOrderSource: spec.byteOrderField ? 'byte-order-field' : 'format-code',
          revision: `${spec.revision[0]}.${spec.revision[1]}`,
          sampleInterval: spec.sampleInterval,
          samplesPerTrace: spec.samplesPerTrace,
          fixedLengthTraces: spec.fixedLength,
          extendedTextualHeaders: spec.extendedTextualHeaders,
          jobId: spec.jobId,
          lineNumber: spec.lineNumber,
        });
        expect(header.format.code).toBe(spec.formatCode);
      }),
    );
  });

  it('fails a truncated header with SegyHeaderError at the offset where it ends', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEGY_HEADER_BYTES - 1 }), (length) => {
        const bytes = writeSegyHeader(base).subarray(0, length);
        expect(() => parseSegyHeader(bytes)).toThrow(
          expect.objectContaining({
            name: 'SegyHeaderError',
            message: expect.stringContaining(`byte offset ${length}`),
          }),
        );
      }),
    );
  });

  it('fails an undefined format code in both byte orders, naming its offset', () => {
    // Prepare
    const bytes = writeSegyHeader(base);
    new DataView(bytes.buffer).setUint16(Field.FormatCode, 0x0d0d);

    // Act / Assess
    expect(() => parseSegyHeader(bytes)).toThrow(
      expect.objectContaining({ name: 'SegyHeaderError', message: expect.stringContaining('byte offset 3224') }),
    );
  });

  it('fails zero samples per trace', () => {
    // Prepare
    const bytes = writeSegyHeader({ ...base, samplesPerTrace: 0 });

    // Act / Assess
    expect(() => parseSegyHeader(bytes)).toThrow(expect.objectContaining({ name: 'SegyHeaderError' }));
  });

  it('takes the rev2 extended samples per trace and sample interval when the 16-bit fields are 0', () => {
    // Prepare
    const bytes = writeSegyHeader({ ...base, revision: [2, 0], samplesPerTrace: 0, sampleInterval: 0 });
    const view = new DataView(bytes.buffer);
    view.setUint32(Field.ExtSamplesPerTrace, 100_000);
    view.setFloat64(Field.ExtSampleInterval, 250.5);

    // Act
    const header = parseSegyHeader(bytes);

    // Assess
    expect(header).toMatchObject({ samplesPerTrace: 100_000, sampleInterval: 250.5 });
  });

  it('treats a pre-rev1 file as fixed-length whatever the flag', () => {
    // Act / Assess
    expect(parseSegyHeader(writeSegyHeader({ ...base, revision: [0, 0], fixedLength: false })).fixedLengthTraces).toBe(
      true,
    );
  });
});
