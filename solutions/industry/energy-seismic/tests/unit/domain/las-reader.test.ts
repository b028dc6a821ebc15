import { Readable } from 'node:stream';
import fc from 'fast-check';
import { type LogSpec, writeLas } from '../../../scripts/demo-data/las-writer';
import { readWellLog } from '../../../src/domain/well-log';
import type { WellLogHeader, WellLogRow } from '../../../src/domain/well-log-types';

const tooLong = (offset: number) => new RangeError(`long at ${offset}`);

async function parse(text: string) {
  const rows: WellLogRow[] = [];
  let seen: WellLogHeader | undefined;
  const header = await readWellLog(
    Readable.from([Buffer.from(text, 'latin1')]),
    'las',
    {
      header: (found) => {
        seen = found;
      },
      row: (row) => rows.push(row),
    },
    tooLong,
  );
  expect(seen).toBe(header);
  return { header, rows };
}

const CURVES = [
  { mnemonic: 'DEPT', unit: 'M', description: 'DEPTH' },
  { mnemonic: 'GR', unit: 'GAPI', description: 'GAMMA RAY' },
];
const spec: LogSpec = {
  well: 'W-1',
  company: 'ACME',
  uwi: '123',
  nullValue: -999.25,
  curves: CURVES,
  rows: [
    [100, 50],
    [100.5, null],
  ],
};

describe('LAS 2.0 reader', () => {
  it('reads the header, curves, null value and rows of a written log', async () => {
    // Act
    const { header, rows } = await parse(writeLas(spec));

    // Assess
    expect(header).toMatchObject({ format: 'las', version: '2.0', nullValue: -999.25, curves: CURVES });
    expect(header.well).toMatchObject({ WELL: 'W-1', COMP: 'ACME', UWI: '123', DATE: '2026-01-15 10:30:00' });
    expect(rows.map((row) => row.values)).toEqual([
      [100, 50],
      [100.5, null],
    ]);
  });

  it('reads back any generated log (values at 4 decimals, nulls as null)', async () => {
    // Prepare
    const value = fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => n / 10_000);
    const logs = fc.integer({ min: 1, max: 6 }).chain((curves) =>
      fc.record({
        curves: fc.constant(
          Array.from({ length: curves }, (_, index) => ({
            mnemonic: `C${index}`,
            unit: 'U',
            description: `c ${index}`,
          })),
        ),
        rows: fc.array(fc.array(fc.option(value, { nil: null }), { minLength: curves, maxLength: curves }), {
          maxLength: 30,
        }),
      }),
    );

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(logs, async ({ curves, rows }) => {
        const parsed = await parse(writeLas({ ...spec, curves, rows }));
        expect(parsed.header.curves).toEqual(curves);
        expect(parsed.rows.map((row) => row.values)).toEqual(
          rows.map((row) => row.map((cell) => (cell === -999.25 ? null : cell))),
        );
      }),
    );
  });

  it('refuses WRAP YES with LasWrapNotSupportedError', async () => {
    // Act / Assess
    await expect(parse(writeLas({ ...spec, wrap: true }))).rejects.toMatchObject({
      name: 'LasWrapNotSupportedError',
      message: expect.stringContaining('line 3 at byte offset'),
    });
  });

  it.each([
    ['a row of the wrong width', (text: string) => `${text}1 2 3\n`, '3 values, ~C defines 2 curves'],
    ['a value that is not a number', (text: string) => `${text}101 abc\n`, 'value of GR "abc" is not a number'],
    ['a section after ~A', (text: string) => `${text}~O\n`, 'after ~A'],
    ['VERS 3.0', (text: string) => text.replace('2.0 :', '3.0 :'), 'only LAS 2.0'],
    ['no ~A section', (text: string) => text.slice(0, text.indexOf('~A')), 'no ~A section'],
    ['a header line without a colon', (text: string) => text.replace(' : GAMMA RAY', ' GAMMA RAY'), "no ':'"],
    ['a first section other than ~V', (text: string) => text.slice(text.indexOf('~W')), 'LAS 2.0 starts with ~V'],
    ['a header line without a dot', (text: string) => text.replace(' COMP.', ' COMP'), "no '.'"],
  ])('fails %s with LasFormatError', async (_, change, message) => {
    // Act / Assess
    await expect(parse(change(writeLas(spec)))).rejects.toMatchObject({
      name: 'LasFormatError',
      message: expect.stringContaining(message),
    });
  });

  it('fails any truncation or byte corruption with a named error, never another exception', async () => {
    // Prepare
    const text = writeLas(spec);

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const corrupt = `${text.slice(0, at)}${String.fromCharCode(byte)}${text.slice(at + 1)}`;
        for (const candidate of [text.slice(0, at), corrupt]) {
          await parse(candidate).then(
            () => undefined,
            (error: Error) => {
              expect(['LasFormatError', 'LasWrapNotSupportedError']).toContain(error.name);
              const offset = /byte offset (\d+)/.exec(error.message)?.[1];
              if (offset !== undefined) expect(Number(offset)).toBeLessThanOrEqual(candidate.length);
            },
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
