import { Readable } from 'node:stream';
import fc from 'fast-check';
import { writeCsvLog } from '../../../scripts/demo-data/las-writer';
import { curveOfCell } from '../../../src/domain/csv-log-reader';
import { readWellLog } from '../../../src/domain/well-log';
import type { WellLogRow } from '../../../src/domain/well-log-types';

async function parse(text: string) {
  const rows: WellLogRow[] = [];
  const header = await readWellLog(
    Readable.from([Buffer.from(text, 'latin1')]),
    'csv',
    { header: () => undefined, row: (row) => rows.push(row) },
    (offset) => new RangeError(`long at ${offset}`),
  );
  return { header, rows };
}

describe('CSV well-log reader', () => {
  it('reads mnemonics with units, values, empty cells and -999.25 as nulls', async () => {
    // Act
    const { header, rows } = await parse('DEPT (M),"GR",RES(OHMM)\r\n100,50,\r\n101,-999.25,3.5\r\n\r\n');

    // Assess
    expect(header.curves.map((curve) => [curve.mnemonic, curve.unit])).toEqual([
      ['DEPT', 'M'],
      ['GR', ''],
      ['RES', 'OHMM'],
    ]);
    expect(rows.map((row) => row.values)).toEqual([
      [100, 50, null],
      [101, null, 3.5],
    ]);
  });

  it('reads back any generated log', async () => {
    // Prepare: two columns at least (a one-column null row is a blank line, which is skipped)
    const value = fc.integer({ min: -999_999, max: 999_999 }).map((n) => n / 100);
    const logs = fc
      .integer({ min: 2, max: 5 })
      .chain((width) =>
        fc
          .array(fc.array(fc.option(value, { nil: null }), { minLength: width, maxLength: width }), { maxLength: 20 })
          .map((rows) => ({ width, rows })),
      );

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(logs, async ({ width, rows }) => {
        const curves = Array.from({ length: width }, (_, index) => ({
          mnemonic: `K${index}`,
          unit: 'U',
          description: '',
        }));
        const text = writeCsvLog({ well: '', company: '', uwi: '', nullValue: -999.25, curves, rows });
        const parsed = await parse(text);
        expect(parsed.header.curves).toEqual(curves);
        expect(parsed.rows.map((row) => row.values)).toEqual(rows);
      }),
    );
  });

  it.each([
    ['an empty file', '', 'no header row'],
    ['a numeric first row', '1,2\n3,4\n', 'holds numbers'],
    ['an empty header cell', 'DEPT,,GR\n', 'header column 2 has no mnemonic'],
    ['a short row', 'DEPT,GR\n1,2\n3\n', 'line 3 at byte offset 12: 1 cells, the header names 2'],
    ['a word in a value', 'DEPT,GR\n1,two\n', 'value of GR "two" is not a number'],
  ])('fails %s with CsvLogFormatError', async (_, text, message) => {
    // Act / Assess
    await expect(parse(text)).rejects.toMatchObject({
      name: 'CsvLogFormatError',
      message: expect.stringContaining(message),
    });
  });

  it('keeps a cell without a unit whole', () => {
    // Act / Assess
    expect(curveOfCell('(odd)')).toEqual({ mnemonic: '(odd)', unit: '', description: '' });
  });
});
