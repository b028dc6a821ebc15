import fc from 'fast-check';
import { type SegySpec, writeSegy, writeSegyHeader } from '../../../scripts/demo-data/segy-writer';
import { parseSegyHeader } from '../../../src/domain/segy-header';
import { traceCountOf } from '../../../src/domain/segy-traces';

const spec: SegySpec = {
  cards: ['C 1 TEST'],
  encoding: 'ebcdic',
  byteOrder: 'big-endian',
  byteOrderField: false,
  revision: [1, 0],
  sampleInterval: 4000,
  samplesPerTrace: 10,
  formatCode: 3,
  fixedLength: true,
  extendedTextualHeaders: 0,
};

describe('traceCountOf', () => {
  it('counts the traces of any fixed-length file from its size', () => {
    // Act / Assess
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(1 as const, 3 as const, 8 as const),
        fc.integer({ min: 0, max: 2 }),
        (traces, samples, formatCode, extended) => {
          const file = { ...spec, samplesPerTrace: samples, formatCode, extendedTextualHeaders: extended };
          const bytes = writeSegy(
            file,
            Array.from({ length: traces }, () => [1, 2, 3]),
          );
          expect(traceCountOf(parseSegyHeader(bytes), bytes.length)).toMatchObject({ traceCount: traces });
        },
      ),
    );
  });

  it('names the offset of an incomplete last trace', () => {
    // Prepare: 2 traces of 240 + 10 x 2 = 260 bytes, minus 60
    const header = parseSegyHeader(writeSegyHeader(spec));

    // Act / Assess
    expect(() => traceCountOf(header, 3600 + 520 - 60)).toThrow(
      expect.objectContaining({
        name: 'SegyTraceCountError',
        message: expect.stringContaining('the trace at byte offset 3860 has only 200 bytes'),
      }),
    );
  });

  it('fails a file that ends inside its extended textual headers', () => {
    // Prepare
    const header = parseSegyHeader(writeSegyHeader({ ...spec, extendedTextualHeaders: 2 }));

    // Act / Assess
    expect(() => traceCountOf(header, 5000)).toThrow(expect.objectContaining({ name: 'SegyTraceCountError' }));
  });

  it.each([
    [{ fixedLength: false, revision: [1, 0] as const }, 'variable-length'],
    [{ extendedTextualHeaders: -1 }, 'variable number of extended textual headers'],
  ])('gives no count, with the reason, for %o', (change, reason) => {
    // Prepare
    const header = parseSegyHeader(writeSegyHeader({ ...spec, ...change }));

    // Act / Assess
    expect(traceCountOf(header, 10_000)).toEqual({ traceCount: null, reason: expect.stringContaining(reason) });
  });
});
