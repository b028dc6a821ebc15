import fc from 'fast-check';
import { tablesOf } from '../../../src/ai';
import { cellsOf } from '../../../src/ai/text-tables';

describe('tablesOf', () => {
  it('finds runs of column-separated lines (tabs, two or more spaces, pipes) and pads rows', () => {
    // Prepare
    const lines = [
      'Invoice No: 7',
      'Item\tQty\tPrice',
      'Pen   2',
      'Total due',
      '| Part | Cost |',
      '|------|:----:|',
      '| Bumper | 400 |',
      'Thank you',
      'one row  is no table',
    ];

    // Act
    const tables = tablesOf(lines);

    // Assess
    expect(tables).toEqual([
      [
        ['Item', 'Qty', 'Price'],
        ['Pen', '2', ''],
      ],
      [
        ['Part', 'Cost'],
        ['Bumper', '400'],
      ],
    ]);
  });

  it('keeps single spaces inside cells', () => {
    // Prepare, Act, Assess
    expect(cellsOf('Blue pen  2 boxes')).toEqual(['Blue pen', '2 boxes']);
    expect(cellsOf('no columns here')).toBeUndefined();
  });

  it('reads back every cell of tables written with two-space gaps', () => {
    const cell = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((text) => text.replace(/[\s|]+/g, ' ').trim())
      .filter((text) => text !== '' && !text.includes('  '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 2, maxLength: 6 }), (rows) => {
        // Prepare
        const width = Math.max(...rows.map((row) => row.length));

        // Act
        const [table] = tablesOf(rows.map((row) => row.join('  ')));

        // Assess
        expect(table).toEqual(rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
      }),
    );
  });
});
