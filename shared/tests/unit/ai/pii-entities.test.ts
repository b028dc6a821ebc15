import fc from 'fast-check';
import { mergePiiEntities, type PiiEntity } from '../../../src/ai';
import { codePointToUtf16 } from '../../../src/ai/code-point-offsets';

describe('mergePiiEntities', () => {
  it('keeps one entity per span, the better-scored, sorted by offset', () => {
    // Prepare
    const service: PiiEntity[] = [
      { type: 'NAME', score: 0.9, beginOffset: 10, endOffset: 14 },
      { type: 'EMAIL', score: 0.8, beginOffset: 0, endOffset: 5 },
    ];
    const recognised: PiiEntity[] = [
      { type: 'EMAIL', score: 0.99, beginOffset: 0, endOffset: 5 },
      { type: 'NAME', score: 0.85, beginOffset: 10, endOffset: 14 },
      { type: 'PHONE', score: 0.9, beginOffset: 10, endOffset: 12 },
    ];

    // Act
    const merged = mergePiiEntities(service, recognised);

    // Assess
    expect(merged).toEqual([
      { type: 'EMAIL', score: 0.99, beginOffset: 0, endOffset: 5 },
      { type: 'PHONE', score: 0.9, beginOffset: 10, endOffset: 12 },
      { type: 'NAME', score: 0.9, beginOffset: 10, endOffset: 14 },
    ]);
  });

  it('covers every span of both inputs exactly once', () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constant('X'),
            score: fc.double({ min: 0, max: 1, noNaN: true }),
            beginOffset: fc.nat(20),
            endOffset: fc.nat(40),
          }),
        ),
        fc.array(
          fc.record({
            type: fc.constant('Y'),
            score: fc.double({ min: 0, max: 1, noNaN: true }),
            beginOffset: fc.nat(20),
            endOffset: fc.nat(40),
          }),
        ),
        (first, second) => {
          // Act
          const merged = mergePiiEntities(first, second);

          // Assess
          const spans = (list: PiiEntity[]) =>
            new Set(list.map((entity) => `${entity.beginOffset}:${entity.endOffset}`));
          expect(spans(merged)).toEqual(spans([...first, ...second]));
          expect(merged).toHaveLength(spans(merged).size);
        },
      ),
    ));
});

describe('Comprehend offsets', () => {
  it('counts characters outside the BMP as one code point, as Comprehend does', () => {
    // Prepare: '😀' is one code point and two UTF-16 units.
    const text = 'a😀b😀cd';

    // Act
    const offset = codePointToUtf16(text);

    // Assess
    expect([0, 1, 2, 3, 4, 5, 6, 99].map(offset)).toEqual([0, 1, 3, 4, 6, 7, 8, 8]);
    expect(codePointToUtf16('plain')(3)).toBe(3);
  });
});
