import fc from 'fast-check';
import { reportKeysFor, resultKeyFor, resultStem } from '../../../src/domain/result-key';
import { FIXED_NOW } from '../fakes';

describe('resultStem', () => {
  it('keeps a readable form of the key and adds a hash', () => {
    // Act
    const stem = resultStem('reports/2024 Q1.csv');

    // Assess
    expect(stem).toMatch(/^reports_2024_Q1\.csv-[0-9a-f]{8}$/);
  });

  it('only ever produces safe characters', () => {
    // Act / Assess
    fc.assert(fc.property(fc.string({ minLength: 1 }), (key) => /^[A-Za-z0-9._-]+$/.test(resultStem(key))));
  });

  it('gives different stems to keys that read the same once sanitised', () => {
    // Act
    const a = resultStem('a b.txt');
    const b = resultStem('a_b.txt');

    // Assess
    expect(a).not.toBe(b);
  });

  it('names a key without any safe character by its hash alone', () => {
    // Act
    const stem = resultStem('///');

    // Assess
    expect(stem).toMatch(/^object-[0-9a-f]{8}$/);
  });
});

describe('resultKeyFor', () => {
  it('places results under results/YYYY/MM/DD/ with the inventory suffix', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (key) => {
        expect(resultKeyFor(key, FIXED_NOW)).toMatch(/^results\/2025\/01\/15\/[A-Za-z0-9._-]+_inventory\.json$/);
      }),
    );
  });
});

describe('resultKeyFor stem', () => {
  it('keeps the stem unchanged inside the dated key', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (key) =>
        resultKeyFor(key, FIXED_NOW).endsWith(`${resultStem(key)}_inventory.json`),
      ),
    );
  });
});

describe('reportKeysFor', () => {
  it('names the JSON report and the Markdown summary after the execution', () => {
    // Act
    const keys = reportKeysFor('run-42', FIXED_NOW);

    // Assess
    expect(keys).toEqual({
      report: 'reports/2025/01/15/run-42_inventory-report.json',
      summary: 'reports/2025/01/15/run-42_inventory-report.md',
    });
  });
});
