import fc from 'fast-check';
import { ItemReaderError, parseCsv } from '../../../src/local/distributed-map/csv';
import { parseItems } from '../../../src/local/distributed-map/item-parser';

const readerError = (run: () => unknown): ItemReaderError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ItemReaderError) return error;
    throw error;
  }
  throw new Error('expected an ItemReaderError');
};

describe('parseItems', () => {
  it('reads a JSON array, JSON Lines (blank lines and CRLF skipped) and MaxItems', () => {
    // Act
    const json = parseItems('[{"key":"a"},{"key":"b"},{"key":"c"}]', { InputType: 'JSON' }, 2);
    const lines = parseItems('{"key":"a"}\r\n\n{"key":"b"}\n', { InputType: 'JSONL' });

    // Assess
    expect(json).toEqual([{ key: 'a' }, { key: 'b' }]);
    expect(lines).toEqual([{ key: 'a' }, { key: 'b' }]);
  });

  it('reads CSV rows as objects of strings, with the header from the first row or CSVHeaders', () => {
    // Act
    const first = parseItems('key,size\na.txt,1\n"b,""c"".txt",2\n', { InputType: 'CSV' });
    const given = parseItems('a.txt|1', {
      InputType: 'CSV',
      CSVHeaderLocation: 'GIVEN',
      CSVHeaders: ['key', 'size'],
      CSVDelimiter: 'PIPE',
    });

    // Assess
    expect(first).toEqual([
      { key: 'a.txt', size: '1' },
      { key: 'b,"c".txt', size: '2' },
    ]);
    expect(given).toEqual([{ key: 'a.txt', size: '1' }]);
  });

  it.each([
    ['a JSON object that is not an array', '{"key":"a"}', { InputType: 'JSON' }, /must hold a JSON array/],
    ['truncated JSON', '[{"key":', { InputType: 'JSON' }, /not valid JSON/],
    ['a broken JSON line, with its line and offset', '{"a":1}\n{oops\n', { InputType: 'JSONL' }, /line 2 \(offset 8\)/],
    ['an unterminated CSV quote', 'key\n"abc', { InputType: 'CSV' }, /unterminated quoted field at offset 4/],
    ['text after a closing CSV quote', 'key\n"a"b\n', { InputType: 'CSV' }, /after a closing quote at offset 7/],
    ['a CSV row of the wrong width', 'key,size\na\n', { InputType: 'CSV' }, /line 2 \(offset 9\) has 1 fields/],
    ['GIVEN without CSVHeaders', 'a', { InputType: 'CSV', CSVHeaderLocation: 'GIVEN' }, /needs CSVHeaders/],
    ['a duplicated CSV column', 'key,key\na,b', { InputType: 'CSV' }, /names a column twice/],
    ['an unknown InputType', 'x', { InputType: 'PARQUET' }, /not supported by the local runtime/],
  ])('rejects %s with States.ItemReaderFailed and the reason', (_label, text, config, reason) => {
    // Act
    const error = readerError(() => parseItems(text, config));

    // Assess
    expect(error.name).toBe('States.ItemReaderFailed');
    expect(error.message).toMatch(reason);
  });

  it('parses back any table written with RFC 4180 quoting (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        // Prepare
        const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
        const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');

        // Act
        const parsed = parseCsv(text).map((row) => row.fields);

        // Assess
        expect(parsed).toEqual(rows);
      }),
    );
  });
});
