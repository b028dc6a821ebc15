import fc from 'fast-check';
import { addCounts, type Counts, capped, sumFields } from '../../../src/workflow';

const counts = fc.dictionary(fc.constantFrom('pdf', 'png', 'tiff', 'eml', 'docx'), fc.nat({ max: 1000 }));

describe('addCounts', () => {
  it('adds per key, a missing key counting as 0, with keys sorted', () => {
    // Act
    const sum = addCounts<Counts>({ tiff: 1, pdf: 2 }, { png: 3, pdf: 4 });

    // Assess
    expect(sum).toEqual({ pdf: 6, png: 3, tiff: 1 });
    expect(Object.keys(sum)).toEqual(['pdf', 'png', 'tiff']);
  });

  it('is commutative and associative, with {} as identity (property)', () => {
    fc.assert(
      fc.property(counts, counts, counts, (a: Counts, b: Counts, c: Counts) => {
        expect(addCounts(a, b)).toEqual(addCounts(b, a));
        expect(JSON.stringify(addCounts(addCounts(a, b), c))).toBe(JSON.stringify(addCounts(a, addCounts(b, c))));
        expect(addCounts(a, {})).toEqual(a);
      }),
    );
  });
});

describe('capped', () => {
  it('keeps the first cap items of the concatenation, for any split (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat({ max: 40 }), fc.nat({ max: 10 }), (items, at, cap) => {
        const split = Math.min(at, items.length);
        const left = capped([], items.slice(0, split), cap);
        expect(capped(left, items.slice(split), cap)).toEqual(items.slice(0, cap));
      }),
    );
  });
});

describe('sumFields', () => {
  interface Summary {
    files: number;
    bytes: number;
    label: string;
  }

  it('sums the named number fields and leaves the others out', () => {
    // Prepare
    const a: Summary = { files: 2, bytes: 10, label: 'a' };
    const b: Summary = { files: 3, bytes: 5, label: 'b' };

    // Act / Assess
    expect(sumFields(a, b, ['files', 'bytes'])).toEqual({ files: 5, bytes: 15 });
  });

  it('is commutative and associative on integers (property)', () => {
    const summary = fc.record({ files: fc.nat(), bytes: fc.nat(), label: fc.string() });
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        const keys = ['files', 'bytes'] as const;
        expect(sumFields(a, b, keys)).toEqual(sumFields(b, a, keys));
        const ab = { ...sumFields(a, b, keys), label: '' };
        const bc = { ...sumFields(b, c, keys), label: '' };
        expect(sumFields(ab, c, keys)).toEqual(sumFields(a, bc, keys));
      }),
    );
  });
});
