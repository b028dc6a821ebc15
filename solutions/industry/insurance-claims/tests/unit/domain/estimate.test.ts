import fc from 'fast-check';
import { type LineItem, lineItemOf, readEstimateLines } from '../../../src/domain/estimate-lines';
import { formatMinor, parseMoney, parseQuantity } from '../../../src/domain/money';
import { expectedAmount, reconcile } from '../../../src/domain/reconcile';

const ocrOf = (lines: string[], tables: string[][][] = []) => ({
  lines: lines.map((text) => ({ text, confidence: 99 })),
  tables: tables.map((rows) => ({ rows, confidence: 99 })),
});

describe('money', () => {
  it.each([
    ['$1,234.50', 123450],
    ['1234.5', 123450],
    ['(12.00)', -1200],
    ['-3', -300],
    ['EUR 10', 1000],
    ['10.00USD', 1000],
    ['1.234', undefined],
    ['12a', undefined],
    ['', undefined],
    [',', undefined],
  ])('parseMoney(%s) = %s', (text, minor) => {
    expect(parseMoney(text)).toBe(minor);
  });

  it('reads quantities in thousandths', () => {
    expect([parseQuantity('2'), parseQuantity('2.5'), parseQuantity('0.125'), parseQuantity('1.2345')]).toEqual([
      2000,
      2500,
      125,
      undefined,
    ]);
  });

  it('round-trips minor units through their text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
        expect(parseMoney(formatMinor(minor))).toBe(minor);
      }),
    );
  });
});

const item = fc.record({
  description: fc.constantFrom('Bumper', 'Door skin', 'Body repair', 'Paint'),
  kind: fc.constantFrom('labour', 'parts', 'paint', 'other') as fc.Arbitrary<LineItem['kind']>,
  quantityMilli: fc.integer({ min: 1, max: 20 }).map((units) => units * 500),
  unitPriceMinor: fc.integer({ min: 1, max: 500_000 }),
});

function estimateText(items: readonly Omit<LineItem, 'amountMinor'>[], taxMinor: number, totalDelta: number) {
  const amounts = items.map((line) => expectedAmount(line));
  const subtotal = amounts.reduce((sum, amount) => sum + amount, 0);
  return [
    'Description  Type  Qty  Unit price  Amount',
    ...items.map(
      (line, index) =>
        `${line.description}  ${line.kind}  ${line.quantityMilli / 1000}  ${formatMinor(line.unitPriceMinor)}  ${formatMinor(amounts[index] ?? 0)}`,
    ),
    `Subtotal  ${formatMinor(subtotal)}`,
    `Tax  ${formatMinor(taxMinor)}`,
    `Total  ${formatMinor(subtotal + taxMinor + totalDelta)}`,
  ];
}

describe('readEstimateLines and reconcile', () => {
  it('reads what the writer wrote and reconciles it', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.nat({ max: 100_000 }), (items, tax) => {
        const estimate = readEstimateLines(ocrOf(estimateText(items, tax, 0)));
        expect(estimate.items.map(({ amountMinor: _amount, ...line }) => line)).toEqual(items);
        expect(reconcile(estimate)).toMatchObject({ reconciled: true, findings: [] });
      }),
    );
  });

  it('flags a total that is off by any amount', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -10_000, max: 10_000 }).filter((delta) => delta !== 0),
        (items, delta) => {
          const result = reconcile(readEstimateLines(ocrOf(estimateText(items, 100, delta))));
          expect(result.reconciled).toBe(false);
          expect(result.findings.map((finding) => finding.rule)).toEqual(['total']);
        },
      ),
    );
  });

  it('flags a line whose amount is not quantity x unit price, and the subtotal that follows from it', () => {
    // Act
    const result = reconcile(
      readEstimateLines(ocrOf(['Bumper  parts  2  10.00  25.00', 'Subtotal  20.00', 'Tax  0.00', 'Total  20.00'])),
    );

    // Assess
    expect(result.findings).toEqual([
      { rule: 'line-amount', line: 'Bumper', expectedMinor: 2000, statedMinor: 2500 },
      { rule: 'subtotal', expectedMinor: 2500, statedMinor: 2000 },
    ]);
  });

  it('prefers table rows, splits a kind glued to the description, and reads totals from lines', () => {
    // Act
    const estimate = readEstimateLines(
      ocrOf(
        ['Grand total: 110.00'],
        [
          [
            ['Description', 'Qty'],
            ['Door repairlabour', '1', '100.00', '100.00'],
          ],
        ],
      ),
    );

    // Assess
    expect(estimate).toMatchObject({
      from: 'table',
      items: [{ description: 'Door repair', kind: 'labour', amountMinor: 10000 }],
      totalMinor: 11000,
    });
    expect(reconcile(estimate).findings).toEqual([{ rule: 'total', expectedMinor: 10000, statedMinor: 11000 }]);
  });

  it('reports an estimate without lines or total', () => {
    expect(reconcile(readEstimateLines(ocrOf(['Nothing to see']))).findings.map((finding) => finding.rule)).toEqual([
      'no-line-items',
      'missing-total',
    ]);
  });

  it('does not take a totals row or a header for a line item', () => {
    expect(lineItemOf(['Total', '1', '2.00', '2.00'])).toBeUndefined();
    expect(lineItemOf(['Qty', 'Unit', 'price', 'Amount'])).toBeUndefined();
    expect(lineItemOf(['labour', '1', '2.00', '2.00'])).toBeUndefined();
  });
});
